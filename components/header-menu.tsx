"use client";
// The site menu on phones: a disclosure button that shows the navigation and the account links
// below a one-row header. Escape closes it and returns focus to the button; so does a press
// outside it. It closes by itself when a link in it leads to another page. On wider screens the
// button is hidden and the menu's content is part of the header row (chrome.css).

import { useEffect, useRef, useState, type ReactNode } from "react";
import { usePathname } from "@/i18n/navigation";

const MENU_ID = "site-menu";

export function HeaderMenu({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}) {
  const pathname = usePathname();
  // The page the menu was opened on: after a navigation it is closed without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    const onClickOutside = (event: MouseEvent) => {
      const target = event.target as Node;
      if (menu.current?.contains(target) || button.current?.contains(target))
        return;
      setOpenOn(null);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClickOutside);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClickOutside);
    };
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={MENU_ID}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <span className="menu-icon" aria-hidden="true" />
        {label}
      </button>
      {/* A link to the page already shown does not navigate: close the menu on any link. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- delegated from the links inside; Enter on a link is a click */}
      <div
        ref={menu}
        id={MENU_ID}
        className="site-menu"
        data-open={open}
        onClick={(event) => {
          if ((event.target as Element).closest("a")) setOpenOn(null);
        }}
      >
        {children}
      </div>
    </>
  );
}
