// A half-filled form survives a reload: kept in sessionStorage (this tab only, gone when it
// closes). Never the consent box. Storage can be missing, full or blocked: every access is guarded.
import type { FormValues } from './payload.ts';

export interface Draft {
  values: Omit<FormValues, 'consent'>;
  /** CBS code of the chosen municipality. */
  municipality?: string;
  /** Kept until the sign-up is accepted, so a retry after a reload cannot create a second sign-up. */
  idempotencyKey?: string;
}

export function draftKey(id: string): string {
  return `maatwerk-sign-up:${id || 'default'}`;
}

export function loadDraft(key: string): Draft | null {
  try {
    const text = globalThis.sessionStorage?.getItem(key);
    if (!text) return null;
    return toDraft(JSON.parse(text));
  } catch {
    return null;
  }
}

export function saveDraft(key: string, draft: Draft): void {
  try {
    // Explicitly without consent, whatever the caller passes.
    const { values } = draft;
    const safe: Draft = {
      values: {
        name: values.name,
        role: values.role,
        email: values.email,
        phone: values.phone,
        domains: values.domains,
        question: values.question,
        attachResult: values.attachResult,
      },
      ...(draft.municipality && { municipality: draft.municipality }),
      ...(draft.idempotencyKey && { idempotencyKey: draft.idempotencyKey }),
    };
    globalThis.sessionStorage?.setItem(key, JSON.stringify(safe));
  } catch {
    // Storage full or blocked: the form works without it.
  }
}

export function clearDraft(key: string): void {
  try {
    globalThis.sessionStorage?.removeItem(key);
  } catch {
    // nothing to clear
  }
}

/** Accepts only the shape we write: storage is shared with the host page's scripts. */
function toDraft(data: unknown): Draft | null {
  if (!data || typeof data !== 'object') return null;
  const { values, municipality, idempotencyKey } = data as Record<string, unknown>;
  if (!values || typeof values !== 'object') return null;
  const raw = values as Record<string, unknown>;
  const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');
  const draft: Draft = {
    values: {
      name: text(raw.name, 120),
      role: text(raw.role, 120),
      email: text(raw.email, 254),
      phone: text(raw.phone, 20),
      domains: Array.isArray(raw.domains) ? raw.domains.filter((domain): domain is string => typeof domain === 'string').slice(0, 20) : [],
      question: text(raw.question, 2000),
      attachResult: raw.attachResult === true,
    },
  };
  if (typeof municipality === 'string' && /^GM\d{4}$/.test(municipality)) draft.municipality = municipality;
  if (typeof idempotencyKey === 'string' && /^[A-Za-z0-9-]{8,128}$/.test(idempotencyKey)) draft.idempotencyKey = idempotencyKey;
  return draft;
}
