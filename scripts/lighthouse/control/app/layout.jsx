// The control for `npm run lighthouse`: a bare Next.js page (see scripts/lighthouse.mjs).
export const metadata = { title: 'Control', description: 'A bare Next.js page: the baseline for Lighthouse.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
