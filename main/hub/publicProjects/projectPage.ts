import { html, type Html } from './html';
import { EMPTY_FORM, FIELD_MAX, HELP_FIELDS, type FormProblems, type HelpFormValues } from './helpForm';
import { inLanguage, renderPage, type PageFrame } from './pageFrame';
import { pageTexts, type HelpField, type PageTexts } from './pageTexts';
import type { PublicProjectView } from './publicProjectView';

/**
 * The pages a phone gets from /projects/…: the project with its "I'd like to help" form, the
 * thanks after an offer, and the plain pages for a project not shown and for too many requests.
 */

/** The form as it is shown again: what was typed, a problem per field, or a notice for the whole form. */
export interface FormState {
  values: HelpFormValues;
  problems: FormProblems;
  notice?: string;
}

function problemOf(texts: PageTexts, state: FormState, field: HelpField): Html | null {
  const found = state.problems[field];
  return found ? html`<p class="error" id="help-${field}-error">${texts.problem(field, found.problem, found.max)}</p>` : null;
}

/** aria-invalid and the error's id (beside the field's hint, if any) on a field with a problem; the first one takes the focus. */
function fieldAttributes(state: FormState, field: HelpField, hintId: string | null = null): Html | null {
  const invalid = state.problems[field] !== undefined;
  const described = [hintId, invalid ? `help-${field}-error` : null].filter((id) => id !== null).join(' ');
  const first = HELP_FIELDS.find((name) => state.problems[name]) === field;
  return html`${described ? html` aria-describedby="${described}"` : null}${invalid ? html` aria-invalid="true"` : null}${first ? html` autofocus` : null}`;
}

function helpForm(frame: PageFrame, view: PublicProjectView, state: FormState): Html {
  const texts = pageTexts[frame.lang];
  const { values } = state;
  const field = (name: 'name' | 'contact', hint: string | null) => html`<div class="field">
<label for="help-${name}">${texts.field[name]}</label>${hint === null ? null : html`<span class="hint" id="help-${name}-hint">${hint}</span>`}
<input type="text" id="help-${name}" name="${name}" value="${values[name]}" maxlength="${FIELD_MAX[name]}" required autocomplete="${name === 'name' ? 'name' : 'off'}"${fieldAttributes(state, name, hint === null ? null : `help-${name}-hint`)}>
${problemOf(texts, state, name)}</div>`;
  return html`<section aria-labelledby="help-title">
<h2 id="help-title">${texts.help}</h2>
<p>${texts.helpIntro}</p>
${state.notice ? html`<p class="notice" role="alert">${state.notice}</p>` : Object.keys(state.problems).length > 0 ? html`<p class="notice" role="alert">${texts.checkFields}</p>` : null}
<form method="post" action="${inLanguage(`/projects/${view.id}/help`, frame.lang)}" novalidate>
${field('name', null)}
${field('contact', texts.contactHint)}
<div class="field">
<label for="help-message">${texts.field.message} <span class="hint-inline">${texts.optional}</span></label>
<textarea id="help-message" name="message" maxlength="${FIELD_MAX.message}" rows="4"${fieldAttributes(state, 'message')}>${values.message}</textarea>
${problemOf(texts, state, 'message')}</div>
<div class="field">
<div class="consent"><input type="checkbox" id="help-consent" name="consent" value="yes" required${values.consent ? html` checked` : null}${fieldAttributes(state, 'consent')}>
<label for="help-consent">${texts.field.consent}</label></div>
${problemOf(texts, state, 'consent')}</div>
<button type="submit">${texts.send}</button>
</form>
</section>`;
}

function facts(texts: PageTexts, view: PublicProjectView): Html {
  const people = view.needsPeople === null
    ? html`<p>${texts.people(view.people)}</p>`
    : html`<p id="people-count">${texts.peopleOf(view.people, view.needsPeople)}</p>
<meter min="0" max="${view.needsPeople}" value="${Math.min(view.people, view.needsPeople)}" aria-labelledby="people-count"></meter>`;
  return html`<p><span class="stage">${texts.stage[view.status]}</span></p>
<p class="next">${texts.nextStep(view.next)}</p>
${people}
${view.place ? html`<dl class="facts"><dt>${texts.where}</dt><dd>${view.place}</dd></dl>` : null}`;
}

function details(frame: PageFrame, view: PublicProjectView): Html {
  const texts = pageTexts[frame.lang];
  const hours = new Intl.NumberFormat(frame.lang, { maximumFractionDigits: 1 });
  const tasks = view.tasks.map((task) => {
    const meta = [...task.skills, ...(task.estimatedHours === null ? [] : [texts.aboutHours(hours.format(task.estimatedHours))])].join(' · ');
    return html`<li>${task.title}${meta ? html`<span class="task-meta">${meta}</span>` : null}</li>`;
  });
  return html`${view.summary ? html`<h2>${texts.about}</h2><p class="summary">${view.summary}</p>` : null}
${view.skills.length > 0 ? html`<h2>${texts.skills}</h2><ul class="plain">${view.skills.map((skill) => html`<li>${skill}</li>`)}</ul>` : null}
${tasks.length > 0 ? html`<h2>${texts.tasks}</h2><ul class="plain">${tasks}</ul>` : null}`;
}

/** The project's page; `state` is the form shown again after a refused offer. */
export function projectPage(frame: PageFrame, view: PublicProjectView, state: FormState = { values: EMPTY_FORM, problems: {} }): string {
  const texts = pageTexts[frame.lang];
  const main = html`<article>
${view.photo ? html`<img class="photo" src="${view.photo}" alt="">` : null}
<h1>${view.title}</h1>
${view.pitch ? html`<p class="pitch">${view.pitch}</p>` : null}
${facts(texts, view)}
${view.takesOffers ? html`<p><a class="jump" href="#help-title">${texts.help}</a></p>` : null}
${details(frame, view)}
</article>
${view.takesOffers ? helpForm(frame, view, state) : html`<p class="notice">${texts.noOffers}</p>`}`;
  return renderPage(frame, view.title, main, texts.shownBy(frame.hubName));
}

export function thanksPage(frame: PageFrame, view: PublicProjectView): string {
  const texts = pageTexts[frame.lang];
  return renderPage(frame, texts.thanks, html`<h1>${texts.thanks}</h1>
<p>${texts.thanksBody(view.title)}</p>
<p><a href="${inLanguage(`/projects/${view.id}`, frame.lang)}">${texts.back}</a></p>`);
}

/** A plain page with a heading and one sentence: a project not shown, too many requests. */
export function messagePage(frame: PageFrame, title: string, body: string): string {
  return renderPage(frame, title, html`<h1>${title}</h1><p>${body}</p>`);
}
