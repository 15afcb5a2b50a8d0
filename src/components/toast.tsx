"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";

type Toast = { id: number; message: string; action?: { label: string; onClick: () => void | Promise<void> } };
const ToastContext = createContext<(toast: Omit<Toast, "id">) => void>(() => {});

/** Announces results (politely, to screen readers too) and offers undo after deletes. */
export function ToastProvider({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const show = useCallback((toast: Omit<Toast, "id">) => {
    const id = next.current++;
    setToasts((list) => [...list.slice(-2), { ...toast, id }]);
  }, []);
  const dismiss = (id: number) => setToasts((list) => list.filter((t) => t.id !== id));
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className="fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4"
      >
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} onDone={() => dismiss(t.id)} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDone }: { toast: Toast; onDone: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onDone, toast.action ? 10_000 : 5_000);
    return () => clearTimeout(timer);
  }, [toast, onDone]);
  return (
    <div className="flex items-center gap-4 rounded-lg bg-zinc-900 px-4 py-3 text-sm text-white shadow-lg dark:bg-zinc-100 dark:text-zinc-900">
      <span>{toast.message}</span>
      {toast.action ? (
        <button
          type="button"
          className="font-semibold text-brand-100 underline dark:text-brand-700"
          onClick={async () => {
            onDone();
            await toast.action!.onClick();
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button type="button" aria-label="Dismiss" className="opacity-70 hover:opacity-100" onClick={onDone}>
        ×
      </button>
    </div>
  );
}

export const useToast = () => useContext(ToastContext);
