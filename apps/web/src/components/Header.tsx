"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useAccount } from "wagmi";
import { useIsAppraiser } from "@/features/appraise/hooks/useIsAppraiser";
import { ThemeToggle } from "./theme/ThemeToggle";
import { WalletButton } from "./wallet/WalletButton";

const links = [
  { href: "/", label: "Overview" },
  { href: "/mint", label: "Mint & redeem" },
  { href: "/stake", label: "Stake" },
  { href: "/borrow", label: "Borrow" },
  { href: "/loans", label: "Loans" },
  { href: "/transparency", label: "Transparency" },
  { href: "/activity", label: "Activity" },
];
const appraiserLinks = [{ href: "/appraise", label: "Appraise" }];

export function Header() {
  const pathname = usePathname();
  const { address } = useAccount();
  const { isAppraiser } = useIsAppraiser(address);
  return (
    <header className="border-b border-slate-200 bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <Link href="/" className="text-xl font-bold tracking-tight text-brand">
            AID
          </Link>
          <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {[...links, ...(isAppraiser ? appraiserLinks : [])].map((link) => (
              <Link
                key={link.href}
                href={link.href}
                aria-current={pathname === link.href ? "page" : undefined}
                className={
                  pathname === link.href ? "font-semibold text-slate-900" : "text-slate-600 hover:text-slate-900"
                }
              >
                {link.label}
              </Link>
            ))}
          </nav>
        </div>
        <div className="flex items-center gap-2">
          <ThemeToggle />
          <WalletButton />
        </div>
      </div>
    </header>
  );
}
