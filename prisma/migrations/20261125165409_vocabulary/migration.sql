-- CreateTable
CREATE TABLE "VocabularyWord" (
    "learnerId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "sentenceId" TEXT NOT NULL,
    "tokenIndex" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("learnerId", "entryId"),
    CONSTRAINT "VocabularyWord_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
