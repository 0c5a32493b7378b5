-- CreateTable
CREATE TABLE "ResponseRegrade" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "responseId" TEXT NOT NULL,
    "questionVersion" INTEGER NOT NULL,
    "score" REAL NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "correctAnswer" TEXT NOT NULL,
    "sourceSentences" TEXT NOT NULL,
    "regradedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResponseRegrade_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ResponseRegrade_responseId_idx" ON "ResponseRegrade"("responseId");
