import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AppUpdateNotice } from '@/components/site/AppUpdateNotice';
import { ClientNavigation } from '@/components/site/ClientNavigation';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { ThemeProvider } from '@/components/site/ThemeProvider';
import { SITE, siteOrigin, socialImage } from '@/lib/site/site';
import './globals.css';

// Absolute URLs (the Open Graph image) only when SITE_URL names the deployed origin at build time:
// without it nothing absolute is written, rather than a URL that is wrong everywhere but here.
const origin = siteOrigin(process.env.SITE_URL);
const image = socialImage(origin);

export const metadata: Metadata = {
  ...(origin && { metadataBase: origin }),
  title: { default: `${SITE.name}: push vs pull monitoring, simulated`, template: `%s · ${SITE.name}` },
  description: SITE.description,
  applicationName: SITE.name,
  // Other sites learn only our origin from a followed link, never the page or its query.
  referrer: 'strict-origin-when-cross-origin',
  openGraph: {
    type: 'website',
    siteName: SITE.name,
    title: `${SITE.name}: push vs pull monitoring, simulated`,
    description: SITE.description,
    ...(image && { images: [image] }),
  },
  twitter: { card: image ? 'summary_large_image' : 'summary' },
  icons: { apple: '/apple-touch-icon.png' },
  manifest: '/manifest.webmanifest',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#faf9f6' },
    { media: '(prefers-color-scheme: dark)', color: '#0e1014' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // next-themes sets the theme class on <html> before hydration.
    <html lang="en" suppressHydrationWarning>
      <body className="flex min-h-dvh flex-col">
        <ThemeProvider>
          <a
            href="#main"
            className="sr-only z-50 rounded-md bg-fg px-4 py-2 text-bg focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
          >
            Skip to content
          </a>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1 outline-none">
            {children}
          </main>
          <SiteFooter />
          <AppUpdateNotice />
          <ClientNavigation />
        </ThemeProvider>
      </body>
    </html>
  );
}
