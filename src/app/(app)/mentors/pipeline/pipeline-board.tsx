"use client";

import {
  DndContext,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  useDndContext,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import { CategoryBadge } from "@/components/category-badge";
import Link from "@/components/link";
import { LazyMoreMenu, MenuCommand } from "@/components/menu";
import { TextLink } from "@/components/text-link";
import { useToast } from "@/components/toast";
import { STAGES, stageLabel } from "@/domain/stages";
import type { MentorCategory, MentorStage } from "@/generated/prisma/enums";
import { changeStageAction } from "@/server/mentors/mentors.lifecycle.actions";

type Card = { id: string; name: string; organisation: string | null; category: string; stage: string };

/**
 * Arrow keys move a picked-up card to the previous or next stage (in the pipeline's
 * order, wherever that column is laid out), not 25 pixels.
 */
const columnCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { collisionRect, droppableRects, over } = context;
  if (!collisionRect || (event.code !== "ArrowRight" && event.code !== "ArrowLeft")) return undefined;
  event.preventDefault();
  const from = STAGES.findIndex((s) => s.value === (over?.id ?? context.active?.data.current?.stage));
  const to = STAGES[from + (event.code === "ArrowRight" ? 1 : -1)];
  const target = to ? droppableRects.get(to.value) : undefined;
  if (!target) return undefined;
  return { x: target.left + target.width / 2 - collisionRect.width / 2, y: target.top + 8 };
};

export function PipelineBoard({
  mentors,
  counts,
  moreHref,
  pageSize,
}: {
  mentors: Card[];
  counts: Record<string, number>;
  /** Per stage: the same board with PIPELINE_PAGE more cards in that column. */
  moreHref: Record<string, string>;
  pageSize: number;
}) {
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
      {/* From laptop width the seven columns sit in a grid that fits (Paused and Declined wrap under the start);
          narrower, they scroll sideways with a cue. */}
      <p className="text-xs text-zinc-600 lg:hidden dark:text-zinc-400" aria-hidden="true">
        Scroll sideways for every stage →
      </p>
      <div className="flex snap-x gap-3 overflow-x-auto pb-4 lg:grid lg:grid-cols-5 lg:overflow-visible">
        {STAGES.map((s) => (
          <Column
            key={s.value}
            stage={s.value}
            label={s.label}
            hint={s.hint}
            count={counts[s.value] ?? 0}
            cards={cards.filter((c) => c.stage === s.value)}
            more={{ href: moreHref[s.value]!, size: pageSize }}
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
  more,
  onMove,
}: {
  stage: string;
  label: string;
  hint: string;
  count: number;
  cards: Card[];
  more: { href: string; size: number };
  onMove: (id: string, stage: string) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  return (
    <section
      ref={setNodeRef}
      aria-label={`${label}: ${count}`}
      id={`column-${stage}`}
      data-stage={stage}
      data-over={isOver || undefined}
      className={`flex w-60 shrink-0 snap-start flex-col gap-2 rounded-lg border p-3 lg:w-auto lg:min-w-0 ${isOver ? "border-brand-500 bg-brand-50 dark:bg-zinc-800" : "border-zinc-200 bg-zinc-100 dark:border-zinc-800 dark:bg-zinc-900"}`}
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
        <p className="flex flex-wrap justify-between gap-x-3 text-xs">
          <TextLink href={more.href} scroll={false}>
            Show {Math.min(more.size, count - cards.length)} more<span className="sr-only"> in {label}</span>
          </TextLink>
          <TextLink href={`/mentors?stage=${stage}`}>
            All {count} as a list<span className="sr-only"> ({label})</span>
          </TextLink>
        </p>
      ) : null}
    </section>
  );
}

function CardItem({ card, onMove }: { card: Card; onMove: (id: string, stage: string) => void }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: card.id,
    data: { stage: card.stage },
  });
  // Moved by the keyboard, the card stays put and the target column lights up, so it never covers another card.
  const { activatorEvent } = useDndContext();
  const byKeyboard = isDragging && activatorEvent instanceof KeyboardEvent;
  const stage = stageLabel(card.stage as MentorStage);
  return (
    <li
      ref={setNodeRef}
      style={{ transform: byKeyboard ? undefined : CSS.Translate.toString(transform) }}
      className={`flex gap-2 rounded-md border border-zinc-200 bg-white p-2 text-sm shadow-sm dark:border-zinc-700 dark:bg-zinc-950 ${isDragging ? `ring-2 ring-brand-500 ${byKeyboard ? "" : "relative z-10 opacity-80"}` : ""}`}
      data-testid={`card-${card.name}`}
    >
      {/* The drag handle is its own button, so the link and the select inside the card stay separate controls. */}
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="flex size-11 shrink-0 cursor-grab items-center justify-center self-start rounded text-zinc-600 hover:bg-zinc-100 md:size-7 dark:text-zinc-400 dark:hover:bg-zinc-800"
        {...attributes}
        {...listeners}
        aria-label={`Move ${card.name} (${stage})`}
      >
        <span aria-hidden className="icon-grip" />
      </button>
      <div className="min-w-0 flex-1">
        <Link href={`/mentors/${card.id}`} className="inline-block font-medium leading-6 hover:underline">
          {card.name}
        </Link>
        {card.organisation ? <div className="text-xs text-zinc-600 dark:text-zinc-400">{card.organisation}</div> : null}
        <div className="mt-1 flex items-center justify-between gap-2">
          <CategoryBadge category={card.category as MentorCategory} />
          <LazyMoreMenu
            label={`Change the stage of ${card.name}`}
            menuLabel={`Move ${card.name} to`}
            className="border-0 bg-transparent md:size-7"
          >
            {STAGES.filter((s) => s.value !== card.stage).map((s) => (
              <MenuCommand key={s.value} onSelect={() => onMove(card.id, s.value)}>
                Move to {s.label}
              </MenuCommand>
            ))}
          </LazyMoreMenu>
        </div>
      </div>
    </li>
  );
}
