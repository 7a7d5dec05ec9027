// PLACEHOLDER written by the template-library engineer (issue 4) so the options page builds.
// Packs engineer (issue 5): this file is yours — replace it, keeping the export `PacksTab`
// (a React component with no required props). The options page renders it under its
// "模板包 / Packs" tab. Install pack templates through lib/templates/repository.ts
// `replacePackTemplates(packId, version, templates)` (one transaction; never touches 'mine').
export function PacksTab() {
  return <p>模板包功能即将推出。 / Template packs are coming.</p>;
}
