"use client";
// Reached only when a route group's layout failed; a page's own failure is caught by its group's
// error.tsx below the header. No header here: this boundary is loaded with every page, and a
// header imported into it is a second copy of the header's client code on every page
// (decision 048).
export { ErrorNoticeInMain as default } from "@/components/error-notice";
