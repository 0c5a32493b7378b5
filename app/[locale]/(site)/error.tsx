"use client";
// A page of this group that failed, below the group layout's header and inside its main region.
export { ErrorNotice as default } from "@/components/error-notice";
