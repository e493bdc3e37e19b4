import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Lang } from '@maatwerk/model';
import type { Docs } from './documents.ts';
import { labelsFor } from './labels.ts';
import { fetchHistory, fetchPublished, fetchSession, publish, restore, type Outcome, type Published, type Refusal, type Session, type VersionInfo } from './publish.ts';
import { studioStyles } from './styles.ts';

/**
 * "Publish on the website": who is logged in, the publish button, the version history with one-click
 * rollback. Only shown when the studio is served by a receiver (`version` is set).
 *
 * @fires maatwerk-studio-published - a version was published or restored; `detail` is the new published version
 */
@customElement('maatwerk-studio-publish')
export class MaatwerkStudioPublish extends LitElement {
  static override styles = studioStyles;

  @property({ attribute: 'ui-lang' }) uiLang: Lang = 'nl';
  /** The published version the edits build on. */
  @property({ attribute: false }) version = 0;
  @property({ attribute: false }) docs: Docs | undefined;
  @property({ attribute: false }) issueCount = 0;
  @property({ attribute: false }) changeCount = 0;

  @state() private _session: Session | undefined;
  @state() private _history: VersionInfo[] = [];
  @state() private _busy = false;
  @state() private _message = '';
  @state() private _errors: Refusal[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Version 0: no receiver behind this studio, so nothing to ask.
    if (this.version) void this._load();
  }

  private async _load(): Promise<void> {
    try {
      this._session = await fetchSession();
      if (this._session.kind === 'signed-in' && this._session.canPublish) this._history = await fetchHistory();
    } catch {
      this._session = undefined;
    }
  }

  private _blockedReason(): string {
    const t = labelsFor(this.uiLang);
    if (this.issueCount) return t.ui('publishBlocked');
    if (!this.changeCount) return t.ui('publishNothing', { version: this.version });
    return '';
  }

  private async _publish(): Promise<void> {
    const session = this._session;
    if (this._busy || !this.docs || session?.kind !== 'signed-in') return;
    const blocked = this._blockedReason();
    if (blocked) {
      this._message = blocked;
      return;
    }
    await this._run(() => publish(this.docs!, this.version, session.csrfToken, this.uiLang), (version) => labelsFor(this.uiLang).ui('published', { version: version.version, url: new URL('/kennisblad/kennisblad.pdf', location.href).href }));
  }

  private async _restore(older: number): Promise<void> {
    const session = this._session;
    const t = labelsFor(this.uiLang);
    if (this._busy || session?.kind !== 'signed-in' || !confirm(t.ui('restoreConfirm', { version: older }))) return;
    await this._run(() => restore(older, this.version, session.csrfToken, this.uiLang), (version) => t.ui('restored', { from: older, version: version.version }));
  }

  private async _run(action: () => Promise<Outcome>, success: (version: VersionInfo) => string): Promise<void> {
    const t = labelsFor(this.uiLang);
    this._busy = true;
    this._errors = [];
    this._message = t.ui('publishing');
    try {
      const outcome = await action();
      if (!outcome.ok) {
        this._message = t.ui('publishRefused');
        this._errors = outcome.errors;
        return;
      }
      const published = await fetchPublished();
      this._history = await fetchHistory();
      this._message = success(outcome.version);
      if (published) this.dispatchEvent(new CustomEvent<Published>('maatwerk-studio-published', { detail: published, bubbles: true, composed: true }));
    } catch (error) {
      this._message = `${t.ui('publishRefused')} ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this._busy = false;
      // The outcome takes the focus: the button pressed may have moved (the history grew by one) or
      // be disabled now, and a keyboard user goes on from the message.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#publish-status')?.focus();
    }
  }

  override render(): TemplateResult {
    const t = labelsFor(this.uiLang);
    const session = this._session;
    return html`<h3>${t.ui('publishHeading')}</h3>
      ${!this.version
        ? html`<p>${t.ui('publishOffline')}</p>`
        : !session
        ? nothing
        : session.kind === 'anonymous'
          ? html`<p><a href=${session.loginUrl}>${t.ui('publishLogin')}</a></p>`
          : !session.canPublish
            ? html`<p>${t.ui('publishAdviser', { name: session.name })}</p>`
            : this._renderPublish(session.name)}`;
  }

  private _renderPublish(name: string): TemplateResult {
    const t = labelsFor(this.uiLang);
    const blocked = this._busy || Boolean(this._blockedReason());
    const time = (iso: string) => new Date(iso).toLocaleString(this.uiLang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    return html`<p>${t.ui('publishAs', { name, version: this.version })}</p>
      <div class="actions">
        <button type="button" class="primary" aria-disabled=${blocked ? 'true' : 'false'} aria-describedby="publish-status" @click=${this._publish}>${t.ui('publishButton', { version: this.version + 1 })}</button>
      </div>
      <div id="publish-status" role="status" tabindex="-1">
        <p class="status">${this._message || this._blockedReason()}</p>
        ${this._errors.length ? html`<ul>${this._errors.map((error) => html`<li>${error.where ? html`${error.where}: ` : nothing}${error.message}</li>`)}</ul>` : nothing}
      </div>
      ${this._history.length > 1
        ? html`<h4>${t.ui('history')}</h4>
            <ol class="history" reversed>
              ${repeat(
                this._history,
                (entry) => entry.version,
                (entry) => html`<li>
                  <p><strong>${t.ui('historyItem', { version: entry.version, time: time(entry.publishedAt), who: entry.publishedBy })}</strong></p>
                  <p class="summary-text">${entry.summary}</p>
                  ${entry.version === this.version ? nothing : html`<button type="button" ?disabled=${this._busy} @click=${() => this._restore(entry.version)}>${t.ui('restoreButton', { version: entry.version })}</button>`}
                </li>`,
              )}
            </ol>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'maatwerk-studio-publish': MaatwerkStudioPublish;
  }
  interface GlobalEventHandlersEventMap {
    'maatwerk-studio-published': CustomEvent<Published>;
  }
}
