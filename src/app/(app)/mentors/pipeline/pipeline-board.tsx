"use client";

import {
  DndContext,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import { CategoryBadge } from "@/components/category-badge";
import { Options } from "@/components/options";
import { TextLink } from "@/components/text-link";
import { useToast } from "@/components/toast";
import { STAGES, stageLabel } from "@/domain/stages";
import type { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import { changeStageAction } from "@/server/mentors/mentors.lifecycle.actions";

type Card = { id: string; name: string; organisation: string | null; category: string; stage: string };

/** Arrow keys jump a picked-up card to the neighbouring column, not 25 pixels. */
const columnCoordinates: KeyboardCoordinateGetter = (event, { context: { collisionRect, droppableRects } }) => {
  if (!collisionRect || (event.code !== "ArrowRight" && event.code !== "ArrowLeft")) return undefined;
  event.preventDefault();
  const centre = collisionRect.left + collisionRect.width / 2;
  const columns = [...droppableRects.values()]
    .filter((r) => (event.code === "ArrowRight" ? r.left > centre : r.left + r.width < centre))
    .sort((a, b) => Math.abs(a.left - centre) - Math.abs(b.left - centre));
  const target = columns[0];
  if (!target) return undefined;
  return { x: target.left + target.width / 2 - collisionRect.width / 2, y: collisionRect.top };
};

export function PipelineBoard({ mentors, counts }: { mentors: Card[]; counts: Record<string, number> }) {
  const router = useRouter();
  const toast = useToast();
  const [, startTransition] = useTransition();
  const [cards, moveCard] = useOptimistic(mentors, (state, move: { id: string; stage: string }) =>
    state.map((c) => (c.id === move.id ? { ...c, stage: move.stage } : c)),
  );
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );

  function move(id: string, stage: string) {
    const card = cards.find((c) => c.id === id);
    if (!card || card.stage === stage) return;
    startTransition(async () => {
      moveCard({ id, stage });
      const result = await changeStageAction({ id, stage });
      toast({ message: result.ok ? `${card.name} moved to ${stageLabel(stage as MentorStage)}.` : result.error });
      router.refresh();
    });
  }

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) move(String(active.id), String(over.id));
  };
  const nameOf = (id: string | number) => cards.find((c) => c.id === id)?.name ?? "Card";
  const stageOf = (id: string | number | undefined) => (id ? stageLabel(String(id) as MentorStage) : "no column");

  return (
    <DndContext
      sensors={sensors}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: {
          draggable:
            "To move a mentor, press Space. Use the left and right arrow keys to choose a stage, Space to drop, Escape to cancel.",
        },
        announcements: {
          onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}.`,
          onDragOver: ({ active, over }) => `${nameOf(active.id)} is over ${stageOf(over?.id)}.`,
          onDragEnd: ({ active, over }) =>
            over ? `${nameOf(active.id)} moved to ${stageOf(over.id)}.` : `${nameOf(active.id)} was not moved.`,
          onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
        },
      }}
    >
      <div className="flex gap-3 overflow-x-auto pb-4">
        {STAGES.map((s) => (
          <Column
            key={s.value}
            stage={s.value}
            label={s.label}
            hint={s.hint}
            count={counts[s.value] ?? 0}
            cards={cards.filter((c) => c.stage === s.value)}
            onMove={move}
          />
        ))}
      </div>
    </DndContext>
  );
}

function Column({
  stage,
  label,
  hint,
  count,
  cards,
  onMove,
}: {
  stage: string;
  label: string;
  hint: string;
  count: number;
  cards: Card[];
  onMove: (id: string, stage: string) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  return (
    <section
      ref={setNodeRef}
      aria-label={`${label}: ${count}`}
      data-stage={stage}
      data-over={isOver || undefined}
      className={`flex w-60 shrink-0 flex-col gap-2 rounded-lg border p-3 ${isOver ? "border-brand-500 bg-brand-50 dark:bg-zinc-800" : "border-zinc-200 bg-zinc-100 dark:border-zinc-800 dark:bg-zinc-900"}`}
    >
      <h2 className="text-sm font-semibold" title={hint}>
        {label} <span className="font-normal text-zinc-700 dark:text-zinc-300">{count}</span>
      </h2>
      <ul className="flex min-h-16 flex-col gap-2">
        {cards.map((c) => (
          <CardItem key={c.id} card={c} onMove={onMove} />
        ))}
      </ul>
      {count > cards.length ? (
        <TextLink className="text-xs" href={`/mentors?stage=${stage}`}>
          All {count} in {label}
        </TextLink>
      ) : null}
    </section>
  );
}

function CardItem({ card, onMove }: { card: Card; onMove: (id: string, stage: string) => void }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: card.id,
  });
  const stage = stageLabel(card.stage as MentorStage);
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform) }}
      className={`flex gap-2 rounded-md border border-zinc-200 bg-white p-2 text-sm shadow-sm dark:border-zinc-700 dark:bg-zinc-950 ${isDragging ? "relative z-10 opacity-80 ring-2 ring-brand-500" : ""}`}
      data-testid={`card-${card.name}`}
    >
      {/* The drag handle is its own button, so the link and the select inside the card stay separate controls. */}
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="cursor-grab self-start rounded px-0.5 text-zinc-600 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-zinc-800"
        {...attributes}
        {...listeners}
        aria-label={`Move ${card.name} (${stage})`}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <div className="min-w-0 flex-1">
        <Link href={`/mentors/${card.id}`} className="font-medium hover:underline">
          {card.name}
        </Link>
        {card.organisation ? <div className="text-xs text-zinc-600 dark:text-zinc-400">{card.organisation}</div> : null}
        <div className="mt-1 flex items-center justify-between gap-2">
          <CategoryBadge category={card.category as MentorCategory} />
          <select
            aria-label={`Stage of ${card.name}`}
            className="max-w-24 rounded border border-zinc-300 bg-transparent text-xs dark:border-zinc-700"
            value={card.stage}
            onChange={(e) => onMove(card.id, e.target.value)}
          >
            <Options items={STAGES} />
          </select>
        </div>
      </div>
    </li>
  );
}
