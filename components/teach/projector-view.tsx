// A page for the classroom projector: a short heading, what to do, a code or address in very large
// type and a large QR code, dark on white whatever the colour scheme (projectors wash out colour and
// a QR code needs dark on light). The site's header and footer are hidden while it is shown
// (app/styles/join-code.css); "Close" and Escape lead back.
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { ProjectorControls } from "./projector-controls";

export function ProjectorView({
  heading,
  steps,
  big,
  address,
  qrSvg,
  qrLabel,
  backHref,
  labels,
}: {
  heading: string;
  steps: ReactNode;
  /** The thing to read from the back of the room: the class code. */
  big?: { text: string; label: string };
  /** The address to type, shown without "https://". */
  address: string;
  qrSvg: string;
  qrLabel: string;
  backHref: string;
  labels: { close: string; keys: string; fullScreen: string };
}) {
  return (
    <div className="projector">
      <div className="projector-bar">
        <Link className="button" href={backHref}>
          {labels.close}
        </Link>
        <ProjectorControls
          backHref={backHref}
          fullScreenLabel={labels.fullScreen}
        />
        <span className="projector-keys">{labels.keys}</span>
      </div>
      <div className="projector-grid">
        <div className="projector-text">
          <h1>{heading}</h1>
          <div className="projector-steps">{steps}</div>
          {big && (
            <p className="projector-code" aria-label={big.label}>
              {big.text}
            </p>
          )}
          <p className="projector-address">{address}</p>
        </div>
        <figure className="projector-qr" role="img" aria-label={qrLabel}>
          <div dangerouslySetInnerHTML={{ __html: qrSvg }} />
        </figure>
      </div>
    </div>
  );
}
