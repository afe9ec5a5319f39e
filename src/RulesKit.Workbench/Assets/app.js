// The RulesKit workbench: a report or an inspection record typed as a form (or as YAML), evaluated by the server
// on every change; the campaign's tables made from a folder of the workspace. Everything it needs is served by the
// workbench itself; the only requests go to it.
'use strict';

const params = new URLSearchParams(location.search);
let lang = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'zh' ? 'zh' : null;
let token = '';
const t = (zh, en) => (lang === 'en' ? en : zh);

// ---- requests ------------------------------------------------------------------------------------------------

async function api(method, url, body) {
  const address = url + (url.includes('?') ? '&' : '?') + 'lang=' + lang;
  const response = await fetch(address, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json', 'X-RulesKit-Token': token },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(answer.error || String(response.status));
  return answer;
}

// ---- small DOM helpers ---------------------------------------------------------------------------------------

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function field(labelText, input, note) {
  return el('label', {}, labelText, input, note ? el('span', { class: 'muted', text: note }) : null);
}

function input(value, onChange, attributes) {
  const node = el('input', Object.assign({ value: value ?? '' }, attributes || {}));
  node.addEventListener('input', () => onChange(node.value));
  return node;
}

function select(options, value, onChange, attributes) {
  const node = el('select', attributes || {}, options.map(([key, title]) => el('option', { value: key, text: title })));
  node.value = value ?? '';
  node.addEventListener('change', () => onChange(node.value));
  return node;
}

// 是 / 否 / 未核查: a fact not recorded stays unknown, never "no".
function triState(value, onChange, unknownTitle, attributes) {
  return select([['', unknownTitle], ['true', t('是', 'yes')], ['false', t('否', 'no')]],
    value === true ? 'true' : value === false ? 'false' : '', v => onChange(v === '' ? null : v === 'true'), attributes);
}

// ---- YAML written from the form ------------------------------------------------------------------------------
// Every text is a double-quoted scalar (JSON's escaping is YAML's), so nothing typed can change the document's
// shape. Each line remembers the form field it came from, so that a problem the engine locates by line is shown
// next to that field.

class Yaml {
  constructor() { this.lines = []; this.fields = []; }
  line(text, fieldKey) { this.lines.push(text); this.fields.push(fieldKey || null); }
  text() { return this.lines.join('\n') + '\n'; }
  fieldAt(line) { return this.fields[line - 1] || null; }
}

function scalar(value, type) {
  if (value === null || value === undefined || value === '') return '~';
  if (type === 'boolean') return value ? 'true' : 'false';
  if (type === 'number' && /^-?\d+(\.\d+)?$/.test(String(value).trim())) return String(value).trim();
  if (type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return JSON.stringify(String(value));
}

function flow(list) { return '[' + list.map(v => JSON.stringify(v)).join(', ') + ']'; }

// The first PREFIX1, PREFIX2, … that no item of the list uses as its id.
function nextId(list, prefix) {
  let n = list.length + 1;
  while (list.some(x => x.id === prefix + n)) n++;
  return prefix + n;
}

// Links to files of the workspace, as the workbench serves them.
function fileLinks(files) {
  return files.map(f => el('a', { href: '/files/' + f.split('/').map(encodeURIComponent).join('/'), target: '_blank', rel: 'noopener', text: f.split('/').pop() }));
}

// ---- state -----------------------------------------------------------------------------------------------------

const today = new Date().toISOString().slice(0, 10);
const state = {
  tab: 'report',
  report: {
    id: '', title: '', number: '', industry: 'hazchem', reportType: '', purpose: '', agency: '', enterprise: '', county: '',
    evaluationDate: '', issuedOn: '', checkedOn: today, conclusionText: '', favourable: null, statutoryBasis: '',
    inspectors: [], subjects: [], evidence: [],
  },
  inspection: {
    id: '', party: 'agency', name: '', county: '', inspectionDate: today, inspector: '',
    subjects: [], reports: [], evidence: [],
  },
  file: { path: '', text: '' },
  path: { report: '', inspection: '' },
  forms: {},          // the form's kinds, by industry or party and date
  vocabulary: null,
  last: null,         // the last answer of the server
  yaml: null,         // the Yaml the last answer was for
};

const kindsOf = key => (state.forms[key] || { kinds: [] }).kinds;
const kindByName = (key, name) => kindsOf(key).find(k => k.name === name);

function formKey(mode) {
  if (mode === 'inspection') return 'party=' + state.inspection.party;
  return 'industry=' + state.report.industry + '&date=' + (state.report.evaluationDate || today);
}

async function loadForm(mode) {
  const key = formKey(mode);
  if (!state.forms[key]) state.forms[key] = await api('GET', '/api/form?' + key);
  state.vocabulary = state.vocabulary || state.forms[key];
  return key;
}

// ---- the document as YAML --------------------------------------------------------------------------------------

function subjectYaml(y, s, index, key, withReported) {
  const kind = kindByName(key, s.kind);
  const at = `subjects.${index}`;
  y.line(`  - id: ${scalar(s.id)}`, `${at}.id`);
  y.line(`    kind: ${s.kind}`, `${at}.kind`);
  if (s.name) y.line(`    name: ${scalar(s.name)}`, `${at}.name`);
  for (const view of withReported && s.inReport !== false ? ['observed', 'reported'] : ['observed']) {
    const values = (kind ? kind.attributes : []).filter(a => s[view][a.name] !== undefined && s[view][a.name] !== null && s[view][a.name] !== '');
    if (values.length === 0) { y.line(`    ${view}: {}`, `${at}.${view}`); continue; }
    y.line(`    ${view}:`, `${at}.${view}`);
    for (const a of values) y.line(`      ${a.name}: ${scalar(s[view][a.name], a.type)}`, `${at}.${view}.${a.name}`);
  }
  if (withReported && s.inReport === false) y.line('    inReport: false', `${at}.inReport`);
  if (withReported && s.controlsApproved !== null && s.controlsApproved !== undefined)
    y.line(`    controlsApprovedByRegulator: ${scalar(s.controlsApproved, 'boolean')}`, `${at}.controlsApproved`);
  if (withReported && s.inventory) inventoryYaml(y, s.inventory, `${at}.inventory`);
}

// What a unit stores (GB 18218): the engine computes from it whether the unit is a 重大危险源 and its grade.
function inventoryYaml(y, inv, at) {
  y.line('    inventory:', at);
  y.line(`      type: ${inv.type === 'production' ? 'production' : 'storage'}`, `${at}.type`);
  if (inv.people !== '' && inv.people !== null && inv.people !== undefined) y.line(`      peopleWithin500m: ${scalar(inv.people, 'number')}`, `${at}.people`);
  const substance = (x, i, view) => {
    const parts = [`name: ${scalar(x.name)}`, `quantity_t: ${scalar(x.quantity, 'number')}`];
    if (x.cas) parts.push(`cas: ${scalar(x.cas)}`);
    if (x.row) parts.push(`row: ${scalar(x.row, 'number')}`);
    const categories = (x.category || '').split(/[、,，\s]+/).filter(c => c);
    if (categories.length === 1) parts.push(`category: ${scalar(categories[0])}`);
    if (categories.length > 1) parts.push(`category: ${flow(categories)}`);
    y.line(`        - { ${parts.join(', ')} }`, `${at}.${view}.${i}`);
  };
  for (const view of inv.reportedListed === false ? ['observed'] : ['observed', 'reported']) {
    const list = inv[view] || [];
    y.line(`      ${view}:${list.length ? '' : ' []'}`, `${at}.${view}`);
    list.forEach((x, i) => substance(x, i, view));
  }
}

function evidenceYaml(y, evidence) {
  if (evidence.length === 0) return;
  y.line('evidence:');
  evidence.forEach((e, i) => {
    const at = `evidence.${i}`;
    y.line(`  - id: ${scalar(e.id)}`, `${at}.id`);
    y.line(`    source: ${e.source}`, `${at}.source`);
    y.line(`    description: ${scalar(e.description || '')}`, `${at}.description`);
    y.line(`    concerns: ${flow(e.concerns)}`, `${at}.concerns`);
    if (e.shows.length) y.line(`    shows: ${flow(e.shows)}`, `${at}.shows`);
    if (e.by) y.line(`    by: ${scalar(e.by)}`, `${at}.by`);
    if (e.on) y.line(`    on: ${scalar(e.on, 'date')}`, `${at}.on`);
    if (e.form) y.line(`    form: ${scalar(e.form)}`, `${at}.form`);
    if (e.originalChecked !== null && e.originalChecked !== undefined) y.line(`    originalChecked: ${scalar(e.originalChecked, 'boolean')}`, `${at}.originalChecked`);
    if (e.falsified) y.line('    falsified: true', `${at}.falsified`);
    if (e.falsified && e.agencyAware !== null && e.agencyAware !== undefined) y.line(`    agencyAware: ${scalar(e.agencyAware, 'boolean')}`, `${at}.agencyAware`);
  });
}

function reportYaml() {
  const r = state.report, y = new Yaml(), key = formKey('report');
  y.line('# ' + t('由 RulesKit 工作台写出：ruleskit evaluate 读取本文件得出同一判定', 'written by the RulesKit workbench: ruleskit evaluate reads this file to the same verdict'));
  for (const [name, type] of [['id'], ['title'], ['reportType'], ['purpose'], ['industry'], ['agency'], ['enterprise'], ['county'], ['number'],
    ['evaluationDate', 'date'], ['issuedOn', 'date'], ['checkedOn', 'date'], ['statutoryBasis']]) {
    if (r[name] !== '' || ['id', 'title', 'reportType', 'purpose', 'industry', 'agency', 'enterprise', 'county', 'evaluationDate'].includes(name))
      y.line(`${name}: ${name === 'industry' || name === 'reportType' || name === 'purpose' ? (r[name] || '~') : scalar(r[name], type)}`, name);
  }
  if (r.inspectors.length) {
    y.line('inspectors:', 'inspectors');
    r.inspectors.forEach((p, i) => {
      y.line(`  - name: ${scalar(p.name)}`, `inspectors.${i}.name`);
      if (p.certificate) y.line(`    certificate: ${scalar(p.certificate)}`, `inspectors.${i}.certificate`);
    });
  }
  y.line('conclusion:', 'conclusionText');
  y.line(`  text: ${scalar(r.conclusionText)}`, 'conclusionText');
  y.line(`  favourable: ${scalar(r.favourable, 'boolean')}`, 'favourable');
  // Cited documents are written under documents:, with the original and what the report cites.
  const isDocument = s => (kindByName(key, s.kind) || {}).document;
  const subjects = r.subjects.map((s, i) => [s, i]).filter(([s]) => !isDocument(s));
  const documents = r.subjects.map((s, i) => [s, i]).filter(([s]) => isDocument(s));
  y.line(subjects.length ? 'subjects:' : 'subjects: []');
  subjects.forEach(([s, i]) => subjectYaml(y, s, i, key, true));
  if (documents.length) {
    y.line('documents:');
    documents.forEach(([s, i]) => documentYaml(y, s, i, key));
  }
  evidenceYaml(y, r.evidence);
  return y;
}

function documentYaml(y, s, index, key) {
  const kind = kindByName(key, s.kind);
  const at = `subjects.${index}`;
  y.line(`  - id: ${scalar(s.id)}`, `${at}.id`);
  y.line(`    kind: ${s.kind}`, `${at}.kind`);
  if (s.name) y.line(`    name: ${scalar(s.name)}`, `${at}.name`);
  for (const [view, key2] of s.inReport !== false ? [['observed', 'original'], ['reported', 'cited']] : [['observed', 'original']]) {
    const values = (kind ? kind.attributes : []).filter(a => s[view][a.name] !== undefined && s[view][a.name] !== null && s[view][a.name] !== '');
    if (values.length === 0) { y.line(`    ${key2}: {}`, `${at}.${view}`); continue; }
    y.line(`    ${key2}:`, `${at}.${view}`);
    for (const a of values) y.line(`      ${a.name}: ${scalar(s[view][a.name], a.type)}`, `${at}.${view}.${a.name}`);
  }
  if (s.inReport === false) y.line('    inReport: false', `${at}.inReport`);
}

function inspectionYaml() {
  const r = state.inspection, y = new Yaml(), key = formKey('inspection');
  y.line('# ' + t('由 RulesKit 工作台写出：ruleskit inspect 读取本文件得出同一结论', 'written by the RulesKit workbench: ruleskit inspect reads this file to the same findings'));
  for (const name of ['id', 'party', 'name', 'county', 'inspectionDate', 'inspector']) {
    if (name === 'inspector' && !r.inspector) continue;
    y.line(`${name}: ${name === 'party' ? r.party : scalar(r[name], name === 'inspectionDate' ? 'date' : 'text')}`, name);
  }
  y.line(r.subjects.length ? 'subjects:' : 'subjects: []');
  r.subjects.forEach((s, i) => subjectYaml(y, s, i, key, false));
  if (r.reports.length) {
    y.line('reports:');
    r.reports.forEach((p, i) => {
      y.line(`  - report: ${scalar(p.report)}`, `reports.${i}.report`);
      if (p.reliedOnFor) y.line(`    reliedOnFor: ${p.reliedOnFor}`, `reports.${i}.reliedOnFor`);
      if (p.knewFalse !== null && p.knewFalse !== undefined) y.line(`    knewFalse: ${scalar(p.knewFalse, 'boolean')}`, `reports.${i}.knewFalse`);
    });
  }
  evidenceYaml(y, r.evidence);
  return y;
}

function currentYaml() {
  if (state.tab === 'report') return reportYaml();
  if (state.tab === 'inspection') return inspectionYaml();
  const y = new Yaml();
  y.lines = state.file.text.replace(/\n$/, '').split('\n');
  return y;
}

function currentPath() {
  if (state.tab === 'yaml') return state.file.path || null;
  return state.path[state.tab] || defaultPath();
}

function defaultPath() {
  const id = (state.tab === 'report' ? state.report.id : state.inspection.id) || 'new';
  const safe = id.replace(/[^\p{L}\p{N}_.-]+/gu, '-');
  return (state.tab === 'report' ? 'reports/' : 'inspections/') + safe + '.yaml';
}

// ---- evaluation as the expert types ----------------------------------------------------------------------------
// One request at a time; a change made meanwhile sends the latest text once it returns (no fixed delay).

let inFlight = false, dirty = false, sequence = 0;

function changed() {
  if (state.tab === 'campaign') return;
  refreshPreview();
  if (inFlight) { dirty = true; return; }
  evaluateNow();
}

async function evaluateNow() {
  inFlight = true; dirty = false;
  const y = currentYaml();
  const started = performance.now();
  const mine = ++sequence;
  try {
    const answer = await api('POST', '/api/evaluate', { text: y.text(), path: currentPath() });
    state.last = answer; state.yaml = y;
    renderPanel(answer, Math.round(performance.now() - started), mine);
    markFields(answer, y);
  } catch (error) {
    document.getElementById('panel').replaceChildren(el('div', { class: 'errors', text: error.message }));
  } finally {
    inFlight = false;
    if (dirty) evaluateNow();
  }
}

function markFields(answer, y) {
  for (const node of document.querySelectorAll('.bad')) node.classList.remove('bad');
  for (const node of document.querySelectorAll('.field-error')) node.remove();
  for (const node of document.querySelectorAll('.unfilled')) node.classList.remove('unfilled');
  for (const problem of answer.errors || []) {
    const key = y.fieldAt(problem.line);
    const target = key && document.querySelector(`[data-field="${CSS.escape(key)}"]`);
    if (!target) continue;
    if (problem.code === missingKey) { target.classList.add('unfilled'); continue; }
    target.classList.add('bad');
    target.after(el('div', { class: 'field-error', text: problem.message }));
  }
}

// ---- the verdict panel -----------------------------------------------------------------------------------------

const outcomeTitles = {
  met: ['满足', 'met'], suspected: ['疑似（需专家判断）', 'suspected (an expert must judge)'],
  cannotDecide: ['无法判断', 'cannot decide'], notMet: ['不满足', 'not met'], notApplicable: ['不适用', 'not applicable'],
};
const elementTitles = {
  objective: ['客观要件', 'objective'], concealment: ['故意隐瞒', 'concealment'], materiality: ['影响评价结论', 'materiality'],
  unresolved: ['隐患未消除', 'unresolved'], omission: ['漏项', 'omission'], misreported: ['误述', 'misreported'],
  attribution: ['归属', 'attribution'], alteration: ['篡改', 'alteration'],
};
const stateTitles = { established: ['成立', 'established'], indicated: ['有迹象', 'indicated'], notEstablished: ['不成立', 'not established'], unknown: ['未知', 'unknown'] };
const confidenceTitles = { official: ['原文', 'official'], transcription: ['转录', 'transcription'], recalled: ['凭记忆', 'recalled'], draft: ['草稿', 'draft'] };
const disclosureTitles = { disclosed: ['报告已如实说明', 'disclosed'], misstated: ['报告误述', 'misstated'], omitted: ['报告未提及', 'omitted'] };
const applicabilityTitles = {
  'out-of-scope': ['不适用：报告不在本目录的适用范围内', 'not applicable: the report is outside the list\'s scope'],
  'outside-check-period': ['不适用：核查日期不在专项整治期间', 'not applicable: checked outside the campaign\'s days'],
  'scope-unknown': ['无法判断是否在适用范围内', 'whether the report is in scope cannot be decided'],
  'check-date-unknown': ['未记录核查日期：无法判断是否适用', 'no check date recorded: whether the list applies cannot be decided'],
};
const missingKey = 'RK1103';
const tr = (table, key) => (table[key] ? t(table[key][0], table[key][1]) : key);

function renderPanel(answer, milliseconds, mine) {
  const panel = document.getElementById('panel');
  const parts = [el('div', { class: 'status', id: 'verdict-status', 'data-sequence': String(mine), text: t(`判定已更新（${milliseconds} ms）`, `verdict updated (${milliseconds} ms)`) })];
  // A required field not yet filled is work left, not a mistake: it is listed apart, in the colour of facts still needed.
  const unfilled = (answer.errors || []).filter(e => e.code === missingKey);
  const problems = (answer.errors || []).filter(e => e.code !== missingKey);
  const line = e => el('li', { text: `${t('第', 'line ')}${e.line}${t(' 行：', ': ')}${e.message}` });
  if (problems.length) {
    parts.push(el('div', { class: 'errors', id: 'input-errors' }, el('h3', { text: t('输入有误（已在对应字段旁标出）', 'input problems (marked beside their fields)') }),
      el('ul', {}, problems.map(line))));
  }
  if (unfilled.length) {
    parts.push(el('div', { class: 'needed', id: 'unfilled' }, el('h3', { text: t(`尚有 ${unfilled.length} 个必填项未填写`, `${unfilled.length} required fields to fill`) }),
      el('ul', {}, unfilled.map(line))));
  }
  if (!answer.evaluation) { panel.replaceChildren(...parts); return; }
  const evaluation = answer.evaluation;
  const needed = [];
  for (const n of evaluation.undecided || []) for (const fact of n.missingFacts || []) needed.push(`${n.subjectName || n.subjectId}：${fact}（${n.document} ${n.clause}）`);
  if (needed.length) {
    parts.push(el('div', { class: 'needed', id: 'facts-needed' }, el('h3', { text: t('尚需核查的事实（记录后判定可能改变）', 'facts still needed (recording them may change the verdict)') }),
      el('ul', {}, [...new Set(needed)].map(n => el('li', { text: n })))));
  }
  for (const d of evaluation.determinations || []) parts.push(determinationCard(d));
  if ((evaluation.nonconformities || []).length) {
    parts.push(el('h2', { text: t('不符合项', 'nonconformities') }));
    parts.push(el('ul', {}, evaluation.nonconformities.map(n => el('li', {},
      `${n.subjectName || n.subjectId}：${n.document} ${n.clause}`, el('span', { class: 'tag ' + n.confidence, text: tr(confidenceTitles, n.confidence) }),
      n.reported === undefined ? '' : ` — ${tr(disclosureTitles, n.disclosure)}`))));
  }
  parts.push(el('details', {}, el('summary', { text: t('完整说明（与 ruleskit explain 相同）', 'full explanation (as ruleskit explain)') }), el('pre', { text: answer.explanation || '' })));
  panel.replaceChildren(...parts);
}

function determinationCard(d) {
  // 不适用 is no verdict at all: neutral, never the green of "not false".
  const verdictClass = d.verdict || (d.applicability === 'applies' ? 'none' : 'na');
  const card = el('div', { class: 'card determination', 'data-list': d.list.id },
    el('header', {}, el('h3', { text: d.title })),
    el('div', {}, el('span', { class: 'verdict ' + verdictClass, 'data-verdict': d.verdict || 'none', text: d.applicability === 'applies' || d.verdict ? (d.verdictName || t('未认定', 'none')) : t('不适用', 'not applicable') }),
      d.complete ? '' : el('span', { class: 'tag', text: t('尚不完整：缺少事实可能改变结论', 'incomplete: missing facts could change it') })));
  if (d.applicability && d.applicability !== 'applies') card.append(el('p', { class: 'muted', text: tr(applicabilityTitles, d.applicability) + (d.scope && d.scope.text ? `（${d.scope.citation}）` : '') }));
  for (const basis of d.legalBasis || []) card.append(el('p', { class: 'muted' }, t('法律依据：', 'legal basis: ') + basis.citation, el('span', { class: 'tag ' + basis.confidence, text: tr(confidenceTitles, basis.confidence) })));
  const shown = (d.criteria || []).filter(c => ['met', 'suspected', 'cannotDecide'].includes(c.outcome));
  const others = (d.criteria || []).length - shown.length;
  for (const c of shown) card.append(criterionBlock(d, c));
  if (others > 0) {
    // Why not: every other criterion, its reasons a click away.
    const rest = (d.criteria || []).filter(c => !shown.includes(c));
    card.append(el('details', { class: 'why-not' }, el('summary', { text: t(`其余 ${others} 项情形不满足或不适用（为什么不）`, `${others} other criteria not met or not applicable (why not)`) }),
      rest.map(c => whyBlock(d, c, el('div', {}, el('strong', { text: c.citation }), ' ', el('span', { class: 'verdict', text: tr(outcomeTitles, c.outcome) }), ' ', c.text)))));
  }
  return card;
}

function criterionBlock(d, c) {
  const block = el('div', { class: 'criterion ' + c.outcome, 'data-criterion': String(c.number), 'data-outcome': c.outcome },
    el('div', {}, el('strong', { text: `${c.citation}` }), ' ', el('span', { class: 'verdict', text: tr(outcomeTitles, c.outcome) }),
      el('span', { class: 'tag ' + c.confidence, text: tr(confidenceTitles, c.confidence) })),
    el('div', { text: c.text }));
  for (const m of c.matches || []) {
    block.append(el('div', { class: 'muted' }, `${m.nonconformity.subjectName || m.nonconformity.subjectId} · ${m.nonconformity.document} ${m.nonconformity.clause}：`,
      (m.elements || []).map(e => `${tr(elementTitles, e.element)} ${tr(stateTitles, e.state)}`).join('；')));
  }
  return whyBlock(d, c, block);
}

// A criterion's why / why-not chain, asked of the server for the document as it now is.
function whyBlock(d, c, block) {
  const why = el('pre', { class: 'why', hidden: true });
  block.append(el('button', { class: 'small', 'data-why': String(c.number), onclick: async () => {
    why.hidden = false; why.textContent = '…';
    try {
      const answer = await api('POST', '/api/explain', { text: state.yaml.text(), path: currentPath(), list: d.list.id, number: String(c.number) });
      why.textContent = answer.text;
    } catch (error) { why.textContent = error.message; }
  }, text: c.outcome === 'notMet' || c.outcome === 'notApplicable' ? t('为什么不', 'why not') : t('为什么', 'why') }), why);
  return block;
}

// ---- the forms ------------------------------------------------------------------------------------------------

function vocabularyOptions(name, blank) {
  const list = (state.vocabulary && state.vocabulary[name]) || [];
  return [['', blank], ...list.map(term => [term.key, `${term.title}（${term.key}）`])];
}

function enumOptions(attribute, blank) { return [['', blank], ...attribute.values.map(v => [v.value, v.title === v.value ? v.value : `${v.title}`])]; }

function attributeInput(attribute, value, onChange, fieldKey, blank) {
  const attributes = { 'data-field': fieldKey, 'aria-label': attribute.title };
  if (attribute.type === 'boolean') return triState(value, onChange, blank, attributes);
  if (attribute.type === 'enum') return select(enumOptions(attribute, blank), value, v => onChange(v || null), attributes);
  if (attribute.type === 'number') return input(value, v => onChange(v === '' ? null : v), Object.assign({ inputmode: 'decimal', placeholder: blank }, attributes));
  if (attribute.type === 'date') return input(value, v => onChange(v || null), Object.assign({ type: 'date' }, attributes));
  return input(value, v => onChange(v || null), Object.assign({ placeholder: blank }, attributes));
}

function subjectCard(mode, doc, s, index, rerender) {
  const key = formKey(mode);
  const kind = kindByName(key, s.kind);
  const at = `subjects.${index}`;
  const withReported = mode === 'report';
  const isDocument = kind && kind.document;
  const rows = (kind ? kind.attributes : []).map(a => el('tr', { 'data-attribute': a.name },
    el('td', { class: 'attr' }, a.title, a.unit ? el('span', { class: 'unit', text: `（${a.unit}）` }) : '', a.basis ? el('div', { class: 'muted', text: t(`须同时填写依据：${a.basis}`, `record its basis too: ${a.basis}`) }) : ''),
    el('td', {}, attributeInput(a, s.observed[a.name], v => { s.observed[a.name] = v; changed(); }, `${at}.observed.${a.name}`, t('未核查', 'not checked'))),
    withReported ? el('td', {}, s.inReport === false ? el('span', { class: 'muted', text: t('报告未提及该对象', 'not in the report') })
      : attributeInput(a, s.reported[a.name], v => { s.reported[a.name] = v; changed(); }, `${at}.reported.${a.name}`, t('报告未提及', 'not stated'))) : null));
  return el('div', { class: 'card subject', 'data-subject': s.id },
    el('header', {}, el('h3', { text: kind ? kind.title : s.kind }), el('span', { class: 'muted', text: s.kind }), el('span', { class: 'spacer' }),
      el('button', { class: 'small', onclick: () => { doc.subjects.splice(index, 1); rerender(); changed(); }, text: t('删除', 'remove') })),
    el('div', { class: 'grid' },
      field(t('对象编号', 'subject id'), input(s.id, v => { s.id = v; changed(); }, { 'data-field': `${at}.id` })),
      field(t('名称', 'name'), input(s.name, v => { s.name = v; changed(); }, { 'data-field': `${at}.name` }))),
    withReported ? el('div', { class: 'row checks' },
      el('label', {}, el('input', { type: 'checkbox', checked: s.inReport === false, 'data-field': `${at}.inReport`, onchange: e => { s.inReport = e.target.checked ? false : true; rerender(); changed(); } }), t('报告未提及该对象', 'the report does not mention it')),
      isDocument ? null : el('label', {}, t('监管部门已审批管控措施：', 'controls approved by the regulator: '), triState(s.controlsApproved, v => { s.controlsApproved = v; changed(); }, t('未核查', 'not checked'), { 'data-field': `${at}.controlsApproved` }))) : null,
    withReported && kind && kind.inventory ? inventoryBox(s, at, rerender) : null,
    el('table', {}, el('thead', {}, el('tr', {}, el('th', { text: t('属性', 'attribute') }),
      el('th', { text: isDocument ? t('原件所载', 'the original') : t('核查所见', 'observed') }),
      withReported ? el('th', { text: isDocument ? t('报告所引', 'as the report cites it') : t('报告所述', 'reported') }) : null)),
      el('tbody', {}, rows)));
}

function inventoryBox(s, at, rerender) {
  const toggle = el('label', {}, el('input', { type: 'checkbox', checked: !!s.inventory, 'data-field': `${at}.inventory`, onchange: e => {
    s.inventory = e.target.checked ? { type: 'storage', people: '', observed: [], reported: [], reportedListed: true } : null; rerender(); changed();
  } }), t('记录危险化学品存量：按 GB 18218 计算是否构成重大危险源及级别（取代录入的级别）', 'record what is stored: GB 18218 decides the major hazard and its grade (replacing an entered grade)'));
  if (!s.inventory) return el('div', { class: 'row checks' }, toggle);
  const inv = s.inventory;
  const table = view => {
    const rows = inv[view];
    return el('div', { 'data-substances': view },
      el('p', { class: 'muted', text: view === 'observed' ? t('核查所见：各危险化学品的设计最大量', 'found: each substance\'s design maximum') : t('报告危险有害因素辨识所列', 'listed by the report') }),
      ...rows.map((x, i) => el('div', { class: 'grid row-card' },
        field(t('名称', 'name'), input(x.name, v => { x.name = v; changed(); }, { 'data-col': 'name', 'data-field': `${at}.${view}.${i}` })),
        field(t('数量（t）', 'quantity (t)'), input(x.quantity, v => { x.quantity = v; changed(); }, { 'data-col': 'quantity', inputmode: 'decimal' })),
        field('CAS', input(x.cas, v => { x.cas = v; changed(); }, { 'data-col': 'cas' })),
        field(t('表1 序号 / 类别', 'row / category'), input(x.row || x.category, v => { if (/^\d+$/.test(v)) { x.row = v; x.category = ''; } else { x.category = v; x.row = ''; } changed(); }, { 'data-col': 'row' })),
        el('button', { class: 'small', onclick: () => { rows.splice(i, 1); rerender(); changed(); }, text: t('删除', 'remove') }))),
      el('button', { class: 'small', 'data-add-substance': view, onclick: () => { rows.push({ name: '', quantity: '', cas: '', row: '', category: '' }); rerender(); }, text: t('添加物质', 'add a substance') }));
  };
  return el('div', { class: 'card inventory' }, el('div', { class: 'row checks' }, toggle),
    el('div', { class: 'grid' },
      field(t('单元类型', 'unit type'), select([['storage', t('储存单元', 'storage')], ['production', t('生产单元', 'production')]], inv.type, v => { inv.type = v; changed(); }, { 'data-field': `${at}.type` })),
      field(t('厂区边界外 500 m 内常住人口', 'people within 500 m'), input(inv.people, v => { inv.people = v; changed(); }, { 'data-field': `${at}.people`, inputmode: 'numeric' }))),
    table('observed'),
    el('label', { class: 'checks' }, el('input', { type: 'checkbox', checked: inv.reportedListed === false, onchange: e => { inv.reportedListed = !e.target.checked; rerender(); changed(); } }), t('未记录报告所列物质', 'what the report lists was not recorded')),
    inv.reportedListed === false ? null : table('reported'));
}

function kindPicker(mode, doc, rerender) {
  const results = el('div', { class: 'results' });
  const search = el('input', { type: 'search', id: 'kind-search', placeholder: t('搜索对象类型（中文名称或代码），如“罐区”“村庄”“紧急切断”', 'search kinds (Chinese title or code)') });
  const show = () => {
    const q = search.value.trim().toLowerCase();
    const kinds = kindsOf(formKey(mode)).filter(k => !q || k.title.toLowerCase().includes(q) || k.name.includes(q)
      || k.attributes.some(a => a.title.toLowerCase().includes(q) || a.values.some(v => v.title.toLowerCase().includes(q))));
    results.replaceChildren(...kinds.slice(0, 16).map(k => el('button', { 'data-kind': k.name, onclick: () => {
      doc.subjects.push({ id: nextId(doc.subjects, 'S'), kind: k.name, name: '', observed: {}, reported: {}, inReport: true, controlsApproved: null, inventory: null });
      search.value = ''; rerender(); changed();
    }, text: k.title })), kinds.length > 16 ? el('span', { class: 'muted', text: t(`另有 ${kinds.length - 16} 种，请输入更多字`, `${kinds.length - 16} more: type more`) }) : '');
  };
  search.addEventListener('input', show);
  show();
  return el('div', {}, search, results);
}

function evidenceCard(mode, doc, e, index, rerender) {
  const at = `evidence.${index}`;
  const sources = mode === 'report'
    ? [['agency_survey', t('评价机构现场勘验记录', 'agency\'s survey record')], ['agency_photo', t('评价机构勘验影像', 'agency\'s photos')], ['enterprise_material', t('企业提供给机构的资料', 'enterprise\'s material')],
      ['notice_served', t('已送达机构的通知、告知', 'notice served on the agency')], ['inspection', t('核查人员的检查记录', 'verifiers\' record')], ['expert_review', t('专家复核意见', 'expert review')]]
    : [['inspection', t('检查人员取得的记录', 'the inspection\'s record')], ['enterprise_material', t('企业资料', 'enterprise\'s material')], ['notice_served', t('通知、告知', 'notice')]];
  const concerned = doc.subjects.filter(s => e.concerns.includes(s.id));
  const showable = [['exists', t('对象本身（存在）', 'the subject itself')]];
  for (const s of concerned) for (const a of (kindByName(formKey(mode), s.kind) || { attributes: [] }).attributes)
    if (!showable.some(([name]) => name === a.name)) showable.push([a.name, a.title]);
  return el('div', { class: 'card evidence', 'data-evidence': e.id },
    el('header', {}, el('h3', { text: t('证据 ', 'evidence ') + e.id }), el('span', { class: 'spacer' }),
      el('button', { class: 'small', onclick: () => { doc.evidence.splice(index, 1); rerender(); changed(); }, text: t('删除', 'remove') })),
    el('div', { class: 'grid' },
      field(t('编号', 'id'), input(e.id, v => { e.id = v; changed(); }, { 'data-field': `${at}.id` })),
      field(t('来源', 'source'), select(sources, e.source, v => { e.source = v; changed(); }, { 'data-field': `${at}.source` })),
      field(t('内容', 'description'), input(e.description, v => { e.description = v; changed(); }, { 'data-field': `${at}.description` })),
      field(t('制作人', 'made by'), input(e.by, v => { e.by = v; changed(); }, { 'data-field': `${at}.by` })),
      field(t('制作日期', 'made on'), input(e.on, v => { e.on = v; changed(); }, { type: 'date', 'data-field': `${at}.on` })),
      field(t('形式', 'form'), input(e.form, v => { e.form = v; changed(); }, { list: 'evidence-forms', 'data-field': `${at}.form` }))),
    el('div', {}, el('span', { class: 'muted', text: t('涉及的对象：', 'concerns: ') }), el('span', { class: 'checks', 'data-field': `${at}.concerns` }, doc.subjects.map(s => el('label', {},
      el('input', { type: 'checkbox', checked: e.concerns.includes(s.id), 'data-concerns': s.id, onchange: ev => {
        e.concerns = ev.target.checked ? [...e.concerns, s.id] : e.concerns.filter(x => x !== s.id); rerender(); changed();
      } }), s.name || s.id)))),
    el('div', {}, el('span', { class: 'muted', text: t('所示事实（只有显示报告误述或遗漏的那项事实，才能证明机构知情）：', 'facts it shows (only evidence of the very fact the report gets wrong proves knowledge): ') }),
      el('span', { class: 'checks', 'data-field': `${at}.shows` }, showable.map(([name, title]) => el('label', {},
        el('input', { type: 'checkbox', checked: e.shows.includes(name), 'data-shows': name, onchange: ev => {
          e.shows = ev.target.checked ? [...e.shows, name] : e.shows.filter(x => x !== name); changed();
        } }), title)))),
    el('div', { class: 'row checks' }, el('label', {}, t('复印件已与原件核对：', 'copy checked against the original: '),
      triState(e.originalChecked, v => { e.originalChecked = v; changed(); }, t('未记录', 'not recorded'), { 'data-field': `${at}.originalChecked` })),
      mode === 'report' ? el('label', {}, el('input', { type: 'checkbox', checked: !!e.falsified, 'data-field': `${at}.falsified`, onchange: ev => { e.falsified = ev.target.checked; rerender(); changed(); } }),
        t('企业提供的资料系伪造', 'falsified material from the enterprise')) : null,
      mode === 'report' && e.falsified ? el('label', {}, t('机构知情：', 'the agency knew: '),
        triState(e.agencyAware, v => { e.agencyAware = v; changed(); }, t('未查明', 'not established'), { 'data-field': `${at}.agencyAware` })) : null));
}

// The evidence of a report or record: a card each, a button for another (its source by default), the usual forms.
function evidenceSection(mode, doc, rerender, source) {
  return [
    el('h2', { text: t('证据', 'evidence') }),
    ...doc.evidence.map((e, i) => evidenceCard(mode, doc, e, i, rerender)),
    el('button', { id: 'add-evidence', onclick: () => {
      doc.evidence.push({ id: nextId(doc.evidence, 'E'), source, description: '', concerns: [], shows: [], by: '', on: '', form: '', originalChecked: null, falsified: false, agencyAware: null });
      rerender(); changed();
    }, text: t('添加证据', 'add evidence') }),
    el('datalist', { id: 'evidence-forms' }, ['勘验笔录', '询问笔录', '现场照片', '书证'].map(f => el('option', { value: f }))),
  ];
}

function saveBar(mode) {
  const status = el('span', { class: 'status', id: 'save-status' });
  const path = input(state.path[mode] || defaultPath(), v => { state.path[mode] = v; }, { id: 'save-path', size: 40 });
  const preview = el('pre', { id: 'yaml-preview' });
  const documents = el('span', { class: 'links', id: 'case-files' });
  return el('div', {},
    el('h2', { text: t('保存', 'save') }),
    el('div', { class: 'row' }, field(t('工作区内的文件路径', 'file path in the workspace'), path),
      el('button', { class: 'primary', id: 'save', onclick: async () => {
        state.path[mode] = path.value;
        try {
          const answer = await api('POST', '/api/save', { path: path.value, text: currentYaml().text() });
          status.textContent = t(`已保存：${answer.path}（可用 ruleskit ${mode === 'report' ? 'evaluate' : 'inspect'} 读取）`, `saved: ${answer.path}`);
        } catch (error) { status.textContent = error.message; }
      }, text: t('保存为 YAML', 'save as YAML') })),
    status,
    el('div', { class: 'row' }, el('button', { id: 'case-document', onclick: async () => {
      state.path[mode] = path.value;
      try {
        const answer = await api('POST', '/api/case', { path: path.value, text: currentYaml().text() });
        documents.replaceChildren(...fileLinks(answer.files));
      } catch (error) { documents.textContent = error.message; }
    }, text: t('生成案卷（可打印的 HTML 与 Markdown）', 'make the case document (printable HTML and Markdown)') }), documents),
    el('details', {}, el('summary', { text: t('将保存的 YAML', 'the YAML to be saved') }), preview));
}

function refreshPreview() {
  const preview = document.getElementById('yaml-preview');
  if (preview) preview.textContent = currentYaml().text();
}

async function renderReport() {
  const r = state.report;
  await loadForm('report');
  const editor = document.getElementById('editor');
  const rerender = () => renderReport();
  const v = (name, type, attributes) => input(r[name], value => { r[name] = value; changed(); if (name === 'evaluationDate' && /^\d{4}-\d{2}-\d{2}$/.test(value)) renderReport(); },
    Object.assign({ 'data-field': name, type: type || 'text' }, attributes || {}));
  editor.replaceChildren(
    el('h2', { text: t('报告信息', 'the report') }),
    el('div', { class: 'grid' },
      field(t('报告标识（文件内唯一）', 'report id'), v('id', 'text', { id: 'report-id' })),
      field(t('报告编号', 'report number'), v('number')),
      field(t('报告名称', 'title'), v('title')),
      field(t('行业', 'industry'), select(vocabularyOptions('industries', t('请选择', 'choose')), r.industry, value => { r.industry = value; r.subjects = []; renderReport().then(changed); }, { 'data-field': 'industry', id: 'industry' })),
      field(t('报告类型', 'report type'), select(vocabularyOptions('reportTypes', t('请选择', 'choose')), r.reportType, value => { r.reportType = value; changed(); }, { 'data-field': 'reportType', id: 'report-type' })),
      field(t('评价目的', 'purpose'), select(vocabularyOptions('purposes', t('请选择', 'choose')), r.purpose, value => { r.purpose = value; changed(); }, { 'data-field': 'purpose', id: 'purpose' })),
      field(t('评价机构', 'agency'), v('agency')),
      field(t('被评价单位', 'enterprise'), v('enterprise')),
      field(t('所在县（市、区）', 'county'), v('county')),
      field(t('评价日期（按此日现行标准判定）', 'evaluation date'), v('evaluationDate', 'date', { id: 'evaluation-date' })),
      field(t('出具日期', 'issued on'), v('issuedOn', 'date')),
      field(t('核查日期', 'checked on'), v('checkedOn', 'date'), t('专项整治目录只适用于整治期间核查的报告', 'the campaign\'s list governs reports checked during its days')),
      field(t('报告结论', 'conclusion'), v('conclusionText', 'text', { 'data-field': 'conclusionText' })),
      field(t('结论是否有利（合格、具备安全生产条件）', 'favourable conclusion'), triState(r.favourable, value => { r.favourable = value; changed(); }, t('未核查', 'not checked'), { 'data-field': 'favourable', id: 'favourable' })),
      field(t('设定该评价的法律、行政法规或国务院决定', 'the law setting the assessment'), v('statutoryBasis'), t('仅“其他安全评价”填写：专项整治只管法定评价', 'for 其他安全评价 only: the campaign governs assessments set by law'))),
    el('h2', { text: t('核查人员', 'inspectors') }),
    ...r.inspectors.map((p, i) => el('div', { class: 'row' },
      field(t('姓名', 'name'), input(p.name, value => { p.name = value; changed(); }, { 'data-field': `inspectors.${i}.name` })),
      field(t('执法证号', 'certificate'), input(p.certificate, value => { p.certificate = value; changed(); }, { 'data-field': `inspectors.${i}.certificate` })),
      el('button', { class: 'small', onclick: () => { r.inspectors.splice(i, 1); rerender(); changed(); }, text: t('删除', 'remove') }))),
    el('button', { onclick: () => { r.inspectors.push({ name: '', certificate: '' }); rerender(); }, text: t('添加核查人员', 'add an inspector') }),
    el('h2', { text: t('核查的对象', 'checked subjects') }),
    el('p', { class: 'muted', text: t('每个对象左列填核查所见，右列填报告所述；未核查的留空（未核查不等于“否”）。', 'left: what verification found; right: what the report states; leave blank what was not checked (unknown, never "no").') }),
    ...r.subjects.map((s, i) => subjectCard('report', r, s, i, rerender)),
    kindPicker('report', r, rerender),
    ...evidenceSection('report', r, rerender, 'agency_photo'),
    saveBar('report'));
  refreshPreview();
}

async function renderInspection() {
  const r = state.inspection;
  await loadForm('inspection');
  const editor = document.getElementById('editor');
  const rerender = () => renderInspection();
  const v = (name, type, attributes) => input(r[name], value => { r[name] = value; changed(); }, Object.assign({ 'data-field': name, type: type || 'text' }, attributes || {}));
  editor.replaceChildren(
    el('h2', { text: t('检查记录', 'the inspection record') }),
    el('div', { class: 'grid' },
      field(t('记录编号', 'record id'), v('id', 'text', { id: 'record-id' })),
      field(t('检查对象', 'party'), select(vocabularyOptions('parties', t('请选择', 'choose')), r.party, value => { r.party = value; r.subjects = []; renderInspection().then(changed); }, { 'data-field': 'party', id: 'party' })),
      field(t('被检查单位名称', 'name'), v('name')),
      field(t('所在县（市、区）', 'county'), v('county')),
      field(t('检查日期', 'inspection date'), v('inspectionDate', 'date')),
      field(t('检查组或检查人员', 'inspector'), v('inspector'))),
    el('h2', { text: t('检查项', 'what was checked') }),
    ...r.subjects.map((s, i) => subjectCard('inspection', r, s, i, rerender)),
    kindPicker('inspection', r, rerender),
    el('h2', { text: t('涉及的评价报告', 'reports named') }),
    el('p', { class: 'muted', text: t('报告从本记录所在的专项整治文件夹中读取并判定。', 'the reports are read and evaluated from the campaign folder the record is saved in.') }),
    ...r.reports.map((p, i) => el('div', { class: 'row' },
      field(t('报告标识', 'report id'), input(p.report, value => { p.report = value; changed(); }, { 'data-field': `reports.${i}.report` })),
      r.party === 'enterprise' ? field(t('据以取得', 'relied on for'), select([['', t('未记录', 'not recorded')], ['licence', t('许可', 'licence')], ['acceptance', t('验收', 'acceptance')], ['filing', t('备案', 'filing')]], p.reliedOnFor, value => { p.reliedOnFor = value; changed(); }, { 'data-field': `reports.${i}.reliedOnFor` })) : null,
      r.party === 'enterprise' ? field(t('明知报告虚假', 'knew it false'), triState(p.knewFalse, value => { p.knewFalse = value; changed(); }, t('未查明', 'not established'), { 'data-field': `reports.${i}.knewFalse` })) : null,
      el('button', { class: 'small', onclick: () => { r.reports.splice(i, 1); rerender(); changed(); }, text: t('删除', 'remove') }))),
    el('button', { onclick: () => { r.reports.push({ report: '', reliedOnFor: '', knewFalse: null }); rerender(); }, text: t('添加报告', 'add a report') }),
    ...evidenceSection('inspection', r, rerender, 'inspection'),
    saveBar('inspection'));
  refreshPreview();
}

// ---- YAML files ---------------------------------------------------------------------------------------------

async function renderYaml() {
  const editor = document.getElementById('editor');
  const { files } = await api('GET', '/api/files');
  const area = el('textarea', { class: 'code', id: 'yaml-text', spellcheck: 'false' });
  area.value = state.file.text;
  area.addEventListener('input', () => { state.file.text = area.value; changed(); });
  const path = input(state.file.path, v => { state.file.path = v; }, { id: 'file-path', size: 40 });
  const status = el('span', { class: 'status' });
  const open = async name => {
    const answer = await api('GET', '/api/file?path=' + encodeURIComponent(name));
    state.file = { path: name, text: answer.text }; area.value = answer.text; path.value = name; changed();
  };
  const openInForm = async name => {
    try {
      const answer = await api('GET', '/api/form-state?path=' + encodeURIComponent(name));
      state[answer.mode] = Object.assign(answer.mode === 'report' ? state.report : state.inspection, answer.state);
      state.path[answer.mode] = name;
      await show(answer.mode);
    } catch (error) { status.textContent = error.message; }
  };
  const template = async (type, extra, suggested) => {
    const answer = await api('GET', `/api/template?type=${type}${extra}`);
    state.file = { path: suggested, text: answer.text }; area.value = answer.text; path.value = suggested; changed();
  };
  const industry = select(vocabularyOptions('industries', t('行业', 'industry')), 'hazchem', () => {});
  const party = select(vocabularyOptions('parties', t('检查对象', 'party')), 'agency', () => {});
  // A report template of the kinds the expert names (codes, comma-separated); empty: every kind of the industry.
  const kindsPicked = el('input', { id: 'template-kinds', placeholder: t('只列这些类型（可空，逗号分隔）', 'only these kinds (optional, comma-separated)') });
  editor.replaceChildren(el('div', { class: 'split' },
    el('div', {}, el('h2', { text: t('工作区文件', 'workspace files') }), el('div', { class: 'files' },
      files.filter(f => /\.ya?ml$/.test(f)).map(f => el('div', { class: 'row' },
        el('button', { 'data-file': f, onclick: () => open(f), text: f }),
        /(^|\/)(reports|inspections)\//.test(f) ? el('button', { class: 'small', 'data-form': f, onclick: () => openInForm(f), text: t('表单', 'form') }) : null)))),
    el('div', {},
      el('h2', { text: t('从模板新建', 'new from a template') }),
      el('div', { class: 'row' },
        industry, kindsPicked,
        el('button', { onclick: () => template('report', '&industry=' + industry.value + (kindsPicked.value.trim() ? '&kinds=' + encodeURIComponent(kindsPicked.value.trim()) : ''), 'reports/new-report.yaml'), text: t('报告', 'report') }),
        party, el('button', { onclick: () => template('inspection', '&party=' + party.value, 'inspections/new-record.yaml'), text: t('检查记录', 'inspection record') }),
        el('button', { onclick: () => template('campaign', '', 'campaign.yaml'), text: 'campaign.yaml' }),
        el('button', { onclick: () => template('actions', '', 'enforcement/actions.yaml'), text: t('执法措施', 'enforcement actions') }),
        el('button', { onclick: () => template('ledger', '', 'ledger/rectifications.yaml'), text: t('整改台账', 'rectification ledger') })),
      el('h2', { text: 'YAML' }), area,
      el('div', { class: 'row' }, field(t('文件路径', 'file path'), path), el('button', { class: 'primary', onclick: async () => {
        try { const answer = await api('POST', '/api/save', { path: path.value, text: area.value }); status.textContent = t('已保存：', 'saved: ') + answer.path; state.file.path = answer.path; }
        catch (error) { status.textContent = error.message; }
      }, text: t('保存', 'save') })), status)));
}

// ---- the campaign ---------------------------------------------------------------------------------------------

async function renderCampaign(preselect) {
  const editor = document.getElementById('editor');
  const panel = document.getElementById('panel');
  const { files } = await api('GET', '/api/files');
  const folders = files.filter(f => f === 'campaign.yaml' || f.endsWith('/campaign.yaml')).map(f => f.slice(0, -'campaign.yaml'.length).replace(/\/$/, ''));
  const folder = select([['', t('请选择专项整治文件夹', 'choose a campaign folder')], ...folders.map(f => [f, f || t('（工作区根目录）', '(the workspace)')])], '', () => {}, { id: 'campaign-folder' });
  const unit = select([], '', () => {}, { id: 'campaign-unit' });
  const cutOff = el('input', { type: 'date', id: 'campaign-cutoff' });
  const status = el('div', { class: 'status' });
  const run = async withUnit => {
    status.textContent = t('正在读取…', 'reading…');
    try {
      if (!folder.value && !folders.includes('')) throw new Error(t('请选择专项整治文件夹', 'choose a campaign folder'));
      const answer = await api('POST', '/api/campaign', Object.assign({ folder: folder.value || '.' }, withUnit ? { unit: unit.value, cutOff: cutOff.value } : {}));
      if (!withUnit) {
        // Read again (after a save): the unit and date already chosen stay chosen.
        const chosen = unit.value;
        unit.replaceChildren(...answer.units.map(u => el('option', { value: u, text: u })));
        if (answer.units.includes(chosen)) unit.value = chosen;
        if (!cutOff.value) cutOff.value = answer.lastReportingDay;
      }
      status.textContent = t(`${answer.campaign}：读取 ${answer.inputs} 个文件，${answer.errors.length} 处错误，${answer.warnings.length} 处提醒`, `${answer.campaign}: ${answer.inputs} files read, ${answer.errors.length} errors, ${answer.warnings.length} warnings`);
      renderCampaignPanel(answer, withUnit);
      editors.replaceChildren(...campaignEditors(folder.value || '.', answer, () => run(false)));
      editors.dataset.reads = String(Number(editors.dataset.reads || 0) + 1);
    } catch (error) { status.textContent = error.message; }
  };
  const editors = el('div', { id: 'campaign-editors' });
  const newFolder = el('input', { id: 'new-campaign-folder', placeholder: t('新文件夹名，如 中牟县-2021', 'a new folder, e.g. county-2021') });
  editor.replaceChildren(
    el('h2', { text: t('专项整治汇总', 'the campaign\'s tables') }),
    el('p', { class: 'muted', text: t('专项整治文件夹含 campaign.yaml、reports/、inspections/、enforcement/、ledger/；新建这些文件请用“YAML 文件”页的模板。', 'a campaign folder holds campaign.yaml, reports/, inspections/, enforcement/ and ledger/; make them from the templates on the YAML page.') }),
    el('div', { class: 'row' }, field(t('文件夹', 'folder'), folder), el('button', { id: 'campaign-read', onclick: () => run(false), text: t('读取', 'read') })),
    el('div', { class: 'row' }, field(t('填报单位', 'unit'), unit), field(t('截止日期', 'cut-off date'), cutOff),
      el('button', { class: 'primary', id: 'campaign-run', onclick: () => run(true), text: t('生成汇总表', 'make the tables') })),
    status,
    el('div', { class: 'row' }, field(t('或新建专项整治文件夹', 'or start a campaign folder'), newFolder),
      el('button', { id: 'new-campaign', onclick: () => {
        const name = newFolder.value.trim();
        if (!name) return;
        editors.replaceChildren(...campaignEditors(name, { settings: null, actions: [], rectifications: [], failedFiles: [] }, async () => {
          await renderCampaign(name);
        }));
      }, text: t('新建', 'start') })),
    editors);
  panel.replaceChildren(el('p', { class: 'muted', text: t('选择文件夹并读取后，选择填报单位和截止日期生成附件2、附件3、机构问题清单和整改台账。', 'read a folder, then pick a unit and a cut-off date to make 附件2, 附件3, the agency problem list and the rectification ledger.') }));
  if (preselect !== undefined) {
    folder.value = preselect;
    await run(false);
  }
}

function renderCampaignPanel(answer, withUnit) {
  const panel = document.getElementById('panel');
  const parts = [];
  if (answer.errors.length) parts.push(el('div', { class: 'errors', id: 'campaign-errors' }, el('h3', { text: t('输入错误：汇总表不完整，未写出', 'input errors: the tables would be incomplete and were not written') }), el('ul', {}, answer.errors.map(e => el('li', { text: e })))));
  if (answer.warnings.length) parts.push(el('div', { class: 'needed', id: 'campaign-warnings' }, el('h3', { text: t('提醒（已写入每张表的“注意”行）', 'warnings (on every table\'s note line)') }), el('ul', {}, answer.warnings.map(e => el('li', { text: e })))));
  if (withUnit && answer.annex2) {
    parts.push(el('h2', { text: t(`附件2 专项整治情况汇总表（截止 ${answer.cutOff}）`, `附件2 (cut-off ${answer.cutOff})`) }));
    parts.push(el('table', { id: 'annex2' }, el('tbody', {}, answer.annex2.map(c => el('tr', {}, el('th', { text: c.column }), el('td', { class: 'number', text: String(c.value) }))))));
  }
  if (answer.written) {
    parts.push(el('h2', { text: t('已写出的文件', 'files written') }));
    parts.push(el('div', { class: 'links', id: 'campaign-files' }, fileLinks(answer.files)));
  }
  panel.replaceChildren(...parts);
}

// ---- the campaign folder's own files, as forms -------------------------------------------------------------------
// campaign.yaml, enforcement/actions.yaml and ledger/rectifications.yaml written from rows; the ledger reads them back
// (and locates any problem) on the next 读取. A file the ledger could not read is edited on the YAML page, so that
// saving a form never drops rows it could not show.

const actionTypes = [
  ['document', ['下达执法文书', 'document served']], ['penalty', ['行政处罚', 'penalty']], ['suspension', ['责令停业整顿', 'suspension']],
  ['revocation', ['吊销资质证书（省级作出）', 'revocation (by the province)']], ['revocation_request', ['提请省级吊销', 'request to revoke']],
  ['blacklist', ['纳入黑名单', 'blacklist']], ['approval_handled', ['对采信虚假报告的许可依法处理', 'approval handled']], ['media', ['媒体曝光', 'media']],
];
const authorities = [['', ''], ['county', '县（市、区）'], ['city', '市'], ['province', '省']];

function flowRow(fields, row) {
  const parts = [];
  for (const [name, type] of fields) {
    const v = row[name];
    if (v === '' || v === null || v === undefined) continue;
    parts.push(`${name}: ${type === 'raw' ? v : scalar(v, type)}`);
  }
  return '  - { ' + parts.join(', ') + ' }';
}

function rowsEditor(title, file, rows, fields, blank, failed, reread, hint) {
  const status = el('span', { class: 'status' });
  const box = el('div', { class: 'card', 'data-file-editor': file }, el('header', {}, el('h3', { text: title }), el('span', { class: 'muted', text: file })));
  if (failed) {
    box.append(el('p', { class: 'field-error', text: t('此文件有错误（见右侧），请在“YAML 文件”页修改后再用表单。', 'this file has errors (on the right): fix it on the YAML page first.') }));
    return box;
  }
  const list = el('div');
  const draw = () => list.replaceChildren(...rows.map((row, i) => el('div', { class: 'grid row-card', 'data-row': String(i) },
    fields.map(([name, type, label, options]) => field(label,
      type === 'select' ? select(options, row[name] ?? '', v => { row[name] = v; }, { 'data-col': name })
      : type === 'boolean' ? triState(row[name], v => { row[name] = v; }, t('未记录', 'not recorded'), { 'data-col': name })
      : input(row[name], v => { row[name] = v; }, { 'data-col': name, type: type === 'date' ? 'date' : 'text' }))),
    el('button', { class: 'small', onclick: () => { rows.splice(i, 1); draw(); }, text: t('删除', 'remove') }))));
  draw();
  box.append(hint ? el('p', { class: 'muted', text: hint }) : '', list,
    el('div', { class: 'row' },
      el('button', { 'data-add': file, onclick: () => { rows.push(Object.assign({}, blank)); draw(); }, text: t('添加一行', 'add a row') }),
      el('button', { class: 'primary', 'data-save': file, onclick: async () => {
        const key = file.endsWith('actions.yaml') ? 'actions' : 'rectifications';
        const types = fields.map(([name, type]) => [name, type === 'select' ? 'raw' : type === 'number' ? 'number' : type]);
        const text = `${key}:\n` + (rows.length ? rows.map(r => flowRow(types, r)).join('\n') + '\n' : '') ;
        try { await api('POST', '/api/save', { path: file, text: rows.length ? text : `${key}: []\n` }); status.textContent = t('已保存，正在重新读取…', 'saved; reading again…'); await reread(); }
        catch (error) { status.textContent = error.message; }
      }, text: t('保存', 'save') }), status));
  return box;
}

function campaignEditors(folder, answer, reread) {
  const prefix = folder === '.' ? '' : folder + '/';
  const settings = answer.settings ? JSON.parse(JSON.stringify(answer.settings))
    : { campaign: '', city: { unit: '', county: '', filledBy: '', telephone: '' }, counties: [], from: '', to: '', days: '6, 16, 26' };
  const status = el('span', { class: 'status' });
  const unitRow = (u, remove) => el('div', { class: 'grid row-card' },
    field(t('填报单位', 'unit'), input(u.unit, v => { u.unit = v; })), field(t('县（市、区）', 'county'), input(u.county, v => { u.county = v; })),
    field(t('填表人', 'filled by'), input(u.filledBy, v => { u.filledBy = v; })), field(t('联系电话', 'telephone'), input(u.telephone, v => { u.telephone = v; })),
    remove ? el('button', { class: 'small', onclick: remove, text: t('删除', 'remove') }) : '');
  const counties = el('div');
  const drawCounties = () => counties.replaceChildren(...settings.counties.map((u, i) => unitRow(u, () => { settings.counties.splice(i, 1); drawCounties(); })));
  drawCounties();
  const unitYaml = u => '{ ' + [['unit', u.unit], ['county', u.county], ['filledBy', u.filledBy], ['telephone', u.telephone]].filter(([, v]) => v).map(([k, v]) => `${k}: ${scalar(v)}`).join(', ') + ' }';
  const settingsBox = el('div', { class: 'card', 'data-file-editor': prefix + 'campaign.yaml' },
    el('header', {}, el('h3', { text: t('专项整治设置（campaign.yaml）', 'the campaign (campaign.yaml)') })),
    field(t('专项整治名称', 'campaign'), input(settings.campaign, v => { settings.campaign = v; }, { id: 'campaign-name' })),
    el('p', { class: 'muted', text: t('市级（各县区合计）', 'the city (its counties summed)') }), unitRow(settings.city),
    el('p', { class: 'muted', text: t('各县（市、区）', 'the counties') }), counties,
    el('button', { id: 'add-county', onclick: () => { settings.counties.push({ unit: '', county: '', filledBy: '', telephone: '' }); drawCounties(); }, text: t('添加县（市、区）', 'add a county') }),
    el('div', { class: 'grid' },
      field(t('报送起始日', 'first day'), input(settings.from, v => { settings.from = v; }, { type: 'date', id: 'reporting-from' })),
      field(t('报送截止日', 'last day'), input(settings.to, v => { settings.to = v; }, { type: 'date', id: 'reporting-to' })),
      field(t('每月报送日（逗号分隔）', 'reporting days of the month'), input(settings.days, v => { settings.days = v; }, { id: 'reporting-days' }))),
    el('div', { class: 'row' }, el('button', { class: 'primary', id: 'save-settings', onclick: async () => {
      const days = settings.days.split(/[,，、\s]+/).filter(x => x).join(', ');
      const text = `campaign: ${scalar(settings.campaign)}\ncity: ${unitYaml(settings.city)}\ncounties:\n`
        + settings.counties.map(u => `  - ${unitYaml(u)}`).join('\n') + (settings.counties.length ? '\n' : '')
        + `reportingDays: { from: ${scalar(settings.from, 'date')}, to: ${scalar(settings.to, 'date')}, days: [${days}] }\n`;
      try { await api('POST', '/api/save', { path: prefix + 'campaign.yaml', text }); status.textContent = t('已保存', 'saved'); await reread(); }
      catch (error) { status.textContent = error.message; }
    }, text: t('保存', 'save') }), status));
  const countyNames = [['', t('请选择', 'choose')], ...settings.counties.map(u => [u.county, u.county])];
  const actionsFile = prefix + 'enforcement/actions.yaml';
  const ledgerFile = prefix + 'ledger/rectifications.yaml';
  const actionRows = answer.actions.filter(a => a.file === actionsFile);
  const ledgerRows = answer.rectifications.filter(r => r.file === ledgerFile);
  const elsewhere = (all, file) => all.length - all.filter(r => r.file === file).length;
  const actions = rowsEditor(t('执法措施', 'enforcement actions'), actionsFile, actionRows, [
    ['id', 'text', t('编号', 'id')], ['date', 'date', t('日期', 'date')], ['county', 'select', t('县（市、区）', 'county'), countyNames],
    ['type', 'select', t('措施', 'type'), actionTypes.map(([k, v]) => [k, t(v[0], v[1])])], ['target', 'text', t('对象（机构或企业）', 'target')],
    ['report', 'text', t('涉及的报告', 'report')], ['fine', 'number', t('罚款（万元）', 'fine (万元)')], ['by', 'select', t('作出单位', 'by'), authorities],
    ['instrument', 'text', t('文书名称', 'instrument')], ['served', 'boolean', t('已送达当事人', 'served')], ['note', 'text', t('说明', 'note')],
  ], { id: '', date: '', county: '', type: 'document', target: '', report: '', fine: '', by: '', instrument: '', served: null, note: '' },
  answer.failedFiles.includes(actionsFile), reread,
  elsewhere(answer.actions, actionsFile) ? t(`另有 ${elsewhere(answer.actions, actionsFile)} 项措施在其他文件中（在 YAML 页编辑）`, `${elsewhere(answer.actions, actionsFile)} more in other files (YAML page)`) : null);
  const ledger = rowsEditor(t('整改台账', 'rectification ledger'), ledgerFile, ledgerRows, [
    ['id', 'text', t('编号', 'id')], ['county', 'select', t('县（市、区）', 'county'), countyNames], ['unit', 'text', t('责任单位', 'unit')],
    ['from', 'text', t('来源（报告或检查记录编号）', 'from')], ['problem', 'text', t('问题', 'problem')], ['measures', 'text', t('整改措施', 'measures')],
    ['responsible', 'text', t('责任人', 'responsible')], ['found', 'date', t('登记日期', 'found')], ['due', 'date', t('整改时限', 'due')], ['done', 'date', t('完成日期', 'done')],
  ], { id: '', county: '', unit: '', from: '', problem: '', measures: '', responsible: '', found: '', due: '', done: '' },
  answer.failedFiles.includes(ledgerFile), reread,
  elsewhere(answer.rectifications, ledgerFile) ? t(`另有 ${elsewhere(answer.rectifications, ledgerFile)} 条在其他文件中（在 YAML 页编辑）`, `${elsewhere(answer.rectifications, ledgerFile)} more in other files (YAML page)`) : null);
  return [el('h2', { text: t('专项整治文件（表单）', 'the campaign\'s files (forms)') }), settingsBox, actions, ledger];
}

// ---- tabs ---------------------------------------------------------------------------------------------------

const tabs = [
  ['report', () => t('报告', 'report'), renderReport],
  ['inspection', () => t('检查记录', 'inspection record'), renderInspection],
  ['yaml', () => t('YAML 文件', 'YAML files'), renderYaml],
  ['campaign', () => t('专项整治', 'campaign'), renderCampaign],
];

async function show(tab) {
  state.tab = tab;
  document.querySelectorAll('#tabs button').forEach(b => b.classList.toggle('active', b.dataset.tab === tab));
  document.getElementById('panel').replaceChildren();
  await tabs.find(x => x[0] === tab)[2]();
  changed();
}

async function start() {
  const session = await fetch('/api/session', { credentials: 'same-origin' }).then(r => r.json());
  token = session.token;
  lang = lang || session.language;
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = t('RulesKit 工作台', 'RulesKit workbench');
  document.getElementById('brand-title').textContent = t('工作台', 'workbench');
  document.getElementById('workspace').textContent = t('工作区：', 'workspace: ') + session.workspace;
  const switcher = document.getElementById('lang-switch');
  switcher.textContent = lang === 'en' ? '中文' : 'English';
  switcher.href = '?lang=' + (lang === 'en' ? 'zh' : 'en');
  document.getElementById('tabs').replaceChildren(...tabs.map(([key, title]) => el('button', { 'data-tab': key, onclick: () => show(key), text: title() })));
  await show('report');
}

start();
