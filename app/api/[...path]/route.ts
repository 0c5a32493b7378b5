// Any /api path without a route of its own: a plain 404 for every method. Without this, Next would
// hand such a path to the pages ([locale] = "api") and treat a form POST there as a server action.
import { NextResponse } from "next/server";

const notFound = async () =>
  NextResponse.json(
    { error: "not-found" },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
  notFound as OPTIONS,
};
