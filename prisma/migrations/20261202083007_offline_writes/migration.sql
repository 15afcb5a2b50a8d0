-- CreateTable
CREATE TABLE "OfflineWrite" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "result" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfflineWrite_pkey" PRIMARY KEY ("userId","key")
);

-- CreateIndex
CREATE INDEX "OfflineWrite_createdAt_idx" ON "OfflineWrite"("createdAt");

-- AddForeignKey
ALTER TABLE "OfflineWrite" ADD CONSTRAINT "OfflineWrite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

