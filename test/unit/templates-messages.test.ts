import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ConversationSchema } from '../../lib/conversation';
import {
  TemplateDb,
  TemplateRepository,
  TemplateResponseSchema,
  chooseFixText,
  withFixJoints,
  handleTemplateRequest,
  isTemplateRequest,
} from '../../lib/templates';

let db: TemplateDb;
let repo: TemplateRepository;
let k = 0;
beforeEach(() => {
  db = new TemplateDb(`messages-test-${++k}`);
  repo = new TemplateRepository(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

it('answers search, by-category and record-usage requests with validated responses', async () => {
  const t = await repo.create({ title: '今天出门诊', body: '晚些回复', category: 'delay-notice', language: 'zh', shortcut: 'cmz' });
  const search = await handleTemplateRequest(repo, { type: 'templates:search', query: 'cmz' });
  expect(TemplateResponseSchema.parse(search)).toMatchObject({ ok: true, templates: [{ id: t.id }] });
  await handleTemplateRequest(repo, { type: 'templates:record-usage', id: t.id });
  const byCat = await handleTemplateRequest(repo, { type: 'templates:by-category', category: 'delay-notice', language: 'zh' });
  expect(byCat).toMatchObject({ ok: true, templates: [{ id: t.id, usageCount: 1 }] });
});

it('turns bad requests and failures into {ok:false} instead of throwing', async () => {
  expect(await handleTemplateRequest(repo, { type: 'templates:search', query: 1 })).toMatchObject({ ok: false });
  expect(await handleTemplateRequest(repo, { type: 'templates:by-category', category: 'gossip', language: 'zh' })).toMatchObject({ ok: false });
  expect(await handleTemplateRequest(repo, { type: 'templates:record-usage', id: 'nope' })).toMatchObject({ ok: false, error: 'no template nope' });
});

it('tells its own messages from other services’ messages', () => {
  expect(isTemplateRequest({ type: 'templates:search' })).toBe(true);
  expect(isTemplateRequest({ type: 'page:check' })).toBe(false);
  expect(isTemplateRequest('templates:search')).toBe(false);
  expect(isTemplateRequest(null)).toBe(false);
});

it('words a fix the doctor’s way: used templates first, then pack wording, never unfilled variables', async () => {
  const starter = await repo.create({ title: '结束语', body: '起始结束语', category: 'closing', language: 'zh' });
  expect(chooseFixText(await repo.byCategory('closing', 'zh'))).toBeUndefined();

  await repo.replacePackTemplates('h', '1', [{ title: '医院结束语', body: '医院版结束语', category: 'closing', language: 'zh' }]);
  expect(chooseFixText(await repo.byCategory('closing', 'zh'))).toBe('医院版结束语');

  const own = await repo.create({ title: '我的', body: '{{患者称呼}}，有问题再联系我', category: 'closing', language: 'zh' });
  await repo.recordUsage(own.id);
  await repo.recordUsage(own.id);
  await repo.recordUsage(starter.id);
  const ranked = await repo.byCategory('closing', 'zh');
  // Without the patient's name the most used one cannot be filled: the next used one wins.
  expect(chooseFixText(ranked)).toBe('起始结束语');
  const conversation = ConversationSchema.parse({ patient: { name: '李先生' }, messages: [], draft: '' });
  expect(chooseFixText(ranked, conversation)).toBe('李先生，有问题再联系我');
});

it('keeps the fix’s joints to the draft when a template words it', () => {
  // The referral fix starts with the full stop its sentence lacked; English fixes carry spaces.
  expect(withFixJoints('。门诊可以当面评估…', '先不要着急停药。建议您到门诊来。')).toBe('。先不要着急停药。建议您到门诊来。');
  expect(withFixJoints(' If you have any further questions, message me.', 'Take care.')).toBe(' Take care.');
  expect(withFixJoints('I understand this is worrying. ', '  Sorry you are going through this.\n')).toBe('Sorry you are going through this. ');
  expect(withFixJoints('若后续还有什么疑问，还可继续线上联系我。', '有问题随时联系我。')).toBe('有问题随时联系我。');
});
