export default function Page() {
  return (
    <main>
      <h1>Control</h1>
      <p>A bare Next.js page, built and served exactly as the site is.</p>
    </main>
  );
}
