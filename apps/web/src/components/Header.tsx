"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useAccount } from "wagmi";
import { useIsAppraiser } from "@/features/appraise/hooks/useIsAppraiser";
import { WalletButton } from "./wallet/WalletButton";

const links = [
  { href: "/mint", label: "Mint & redeem" },
  { href: "/borrow", label: "Borrow" },
];
const appraiserLinks = [{ href: "/appraise", label: "Appraise" }];

export function Header() {
  const pathname = usePathname();
  const { address } = useAccount();
  const { isAppraiser } = useIsAppraiser(address);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/mint" className="text-xl font-bold tracking-tight text-brand">
          AID
        </Link>
        <nav
          className="order-last flex w-full gap-4 overflow-x-auto text-sm sm:order-none sm:w-auto sm:flex-1"
          aria-label="Main"
        >
          {[...links, ...(isAppraiser ? appraiserLinks : [])].map((link) => (
            <Link
              key={link.href}
              href={link.href}
              aria-current={pathname === link.href ? "page" : undefined}
              className={`whitespace-nowrap ${
                pathname === link.href ? "font-semibold text-slate-900" : "text-slate-600 hover:text-slate-900"
              }`}
            >
              {link.label}
            </Link>
          ))}
        </nav>
        <WalletButton />
      </div>
    </header>
  );
}
