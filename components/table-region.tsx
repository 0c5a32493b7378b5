// A table that scrolls sideways on narrow screens: the scrolling region is focusable and named by
// the table's caption, so keyboard and screen-reader users can reach and scroll it.
import type { ReactNode } from "react";

export function TableRegion({
  captionId,
  caption,
  children,
  className,
}: {
  captionId: string;
  caption: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-labelledby={captionId}
      // A scrolling region must be focusable to be scrolled by keyboard (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table className={className}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
