/** Connections the worker's own pool needs: one per concurrent job, one to listen, one spare. */
export const workerPoolSize = (settings: { concurrency: number }) => settings.concurrency + 2;
