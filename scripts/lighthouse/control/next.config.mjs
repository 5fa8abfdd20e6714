// Built as the site is (static export, React strict mode), with nothing of the site in it.
const config = { output: 'export', reactStrictMode: true };
export default config;
