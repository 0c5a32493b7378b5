-- AlterTable
ALTER TABLE "Response" ADD COLUMN "regradedAt" DATETIME;
ALTER TABLE "Response" ADD COLUMN "regradedFrom" INTEGER;

-- CreateTable
CREATE TABLE "ArticleDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ArticleDraft_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProblemReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "questionVersion" INTEGER NOT NULL,
    "responseId" TEXT,
    "learnerId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    CONSTRAINT "ProblemReport_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProblemReport_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ProblemReport_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "titleDe" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "pack" TEXT NOT NULL DEFAULT '{}',
    "ownerId" TEXT,
    "visibility" TEXT NOT NULL DEFAULT 'public',
    "practicePublic" BOOLEAN NOT NULL DEFAULT true,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Article_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("contentHash", "createdAt", "id", "titleDe", "titleEn", "updatedAt") SELECT "contentHash", "createdAt", "id", "titleDe", "titleEn", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE INDEX "Article_ownerId_idx" ON "Article"("ownerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ArticleDraft_articleId_key" ON "ArticleDraft"("articleId");

-- CreateIndex
CREATE INDEX "ArticleDraft_ownerId_updatedAt_idx" ON "ArticleDraft"("ownerId", "updatedAt");

-- CreateIndex
CREATE INDEX "ProblemReport_questionId_status_idx" ON "ProblemReport"("questionId", "status");

-- CreateIndex
CREATE INDEX "ProblemReport_learnerId_idx" ON "ProblemReport"("learnerId");

-- Articles stored before this migration have no pack yet: a cleared hash makes the next start
-- import their content pack again, which fills it.
UPDATE "Article" SET "contentHash" = '';
