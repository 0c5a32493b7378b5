-- CreateTable
CREATE TABLE "ResponseRegrade" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionVersion" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "correctAnswer" TEXT NOT NULL,
    "sourceSentences" TEXT NOT NULL,
    "regradedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResponseRegrade_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResponseRegrade_responseId_idx" ON "ResponseRegrade"("responseId");

-- AddForeignKey
ALTER TABLE "ResponseRegrade" ADD CONSTRAINT "ResponseRegrade_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
