// The reader-mode cookie as the server reads it: an unknown or missing value falls back to 'side'.
import { z } from "zod";
import { READER_MODES } from "./reader-mode";

export const readerModeSchema = z.enum(READER_MODES).catch("side");
