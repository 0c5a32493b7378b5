"use client";
// The quiz page that failed, below the group layout's header (its pages render their own main).
export { ErrorNoticeInMain as default } from "@/components/error-notice";
