import {
  BookOpen,
  CalendarCheck,
  Camera,
  ClipboardList,
  Columns3,
  GraduationCap,
  Handshake,
  LayoutGrid,
  type LucideIcon,
  MessageCircleQuestion,
  Target,
  Trophy,
  Users,
  UsersRound,
} from "lucide-react";

/** Remembers a collapsed sidebar. Here, not in sidebar.tsx: a "use client" module's exports are references on the server. */
export const SIDEBAR_COOKIE = "mentor-map-sidebar";

export type NavItem = { href: string; label: string; icon: LucideIcon };

/** The app's pages, grouped as the sidebar shows them; Settings and Help live in the user menu. */
export const NAV_GROUPS: { label: string | null; items: NavItem[] }[] = [
  {
    label: null,
    items: [
      { href: "/dashboard", label: "Map", icon: LayoutGrid },
      { href: "/mentors", label: "Mentors", icon: Users },
      { href: "/mentors/pipeline", label: "Pipeline", icon: Columns3 },
    ],
  },
  {
    label: "Plan",
    items: [
      { href: "/gaps", label: "Gap areas", icon: Target },
      { href: "/sprint", label: "Sprint", icon: CalendarCheck },
      { href: "/audit", label: "Audit", icon: ClipboardList },
      { href: "/snapshots", label: "Snapshots", icon: Camera },
    ],
  },
  {
    label: "Network",
    items: [
      { href: "/introductions", label: "Introductions", icon: Handshake },
      { href: "/wins", label: "Wins", icon: Trophy },
      { href: "/peer-groups", label: "Peer groups", icon: UsersRound },
      { href: "/asks", label: "One-off asks", icon: MessageCircleQuestion },
      { href: "/mentees", label: "Mentoring", icon: GraduationCap },
    ],
  },
];

export const HELP: NavItem = { href: "/help", label: "Help", icon: BookOpen };

const ALL = NAV_GROUPS.flatMap((g) => g.items);

/** The nav item a path belongs to: the longest href it starts with (/mentors/pipeline is Pipeline, not Mentors). */
export function currentItem(pathname: string, items: NavItem[] = ALL): NavItem | undefined {
  return items
    .filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
}
