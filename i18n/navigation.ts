import { createElement, type ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * next-intl's Link, without automatic prefetching unless a link asks for it (decision 017). Next
 * prefetches every link that scrolls into view: on the join page that was 14 requests of 2–4 ms of
 * server CPU each, more than the join itself, for pages that are rendered per learner anyway.
 */
export function Link(props: ComponentProps<typeof navigation.Link>) {
  return createElement(navigation.Link, { prefetch: false, ...props });
}
