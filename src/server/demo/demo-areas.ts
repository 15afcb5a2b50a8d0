// The demo map's gap areas, most important first.
// No "server-only" marker: `npm run db:seed` (prisma/seed.ts) runs it outside Next.

export const GAP_AREAS = [
  {
    name: "Leadership capabilities",
    why: "I lead a team of six for the first time.",
    current: 4,
    target: 8,
    need: "How to run 1:1s and give hard feedback.",
    offer: "Notes from my management course.",
  },
  {
    name: "Technical skills",
    why: "Staying hands-on with distributed systems.",
    current: 6,
    target: 9,
    need: "Reviews of my design docs.",
    offer: "Pairing on frontend performance.",
  },
  {
    name: "Career navigation",
    why: "Deciding between staff engineer and manager tracks.",
    current: 3,
    target: 7,
    need: "Stories from people who chose each path.",
    offer: "An honest sounding board.",
  },
  {
    name: "Industry knowledge",
    why: "Our fintech customers are changing fast.",
    current: 5,
    target: 8,
    need: "Context on regulation and market moves.",
    offer: "Summaries of the papers I read.",
  },
  {
    name: "Soft skills",
    why: "Presenting to executives still makes me nervous.",
    current: 5,
    target: 8,
    need: "Practice audiences and blunt feedback.",
    offer: "Slide design help.",
  },
  {
    name: "Life integration",
    why: "Two small kids and a demanding job.",
    current: 4,
    target: 7,
    need: "Routines that actually hold.",
    offer: "Meal-prep systems, seriously.",
  },
];
