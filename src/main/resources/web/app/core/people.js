// People by name (GET /people, staff roles only): the one place the app turns token subjects (assignees, actors,
// uploaders) into names. A person the service has not seen yet, or a caller who may not read the directory (a
// reporter), sees the id.
import { get, getAll } from './api.js';
import { hasRole } from './auth.js';

const MAX_ID = 255;
const BATCH = 100;
const STAFF = ['coordinator', 'responder', 'provincial', 'auditor', 'admin'];

/**
 * For screens that show a few ids at a time: the responders are read once (they also fill an assignee picker), and
 * ids still unknown are asked for together (GET /people?id=…).
 */
export class People {
  /** onChange: called when names arrive (the screen re-renders); onProblem: a failed call, to be shown. */
  constructor(onChange, onProblem) {
    this.names = new Map();
    this.asked = new Set();
    this.onChange = onChange;
    this.onProblem = onProblem;
    this.ready = Promise.resolve();
  }

  /** The responders by name, for a select; their names are kept for the table too. */
  responders() {
    const reading = getAll('/people', { role: 'responder' }).then((people) => {
      for (const person of people) this.names.set(person.id, person.name || person.id);
      this.onChange();
      return people.slice().sort((a, b) => (a.name || a.id).localeCompare(b.name || b.id, 'vi'));
    });
    this.ready = reading.catch(() => undefined);
    return reading;
  }

  /** Asks once for each id not known yet (after the responders, so that they are not asked again). */
  async resolve(ids) {
    await this.ready;
    const wanted = [...new Set(ids.filter(Boolean))]
      .filter((id) => id !== 'me' && !this.names.has(id) && !this.asked.has(id) && id.length <= MAX_ID);
    if (!wanted.length) return;
    wanted.forEach((id) => this.asked.add(id));
    const batches = [];
    for (let i = 0; i < wanted.length; i += BATCH) batches.push(wanted.slice(i, i + BATCH));
    const answers = await Promise.allSettled(batches.map((batch) => get('/people', { id: batch, limit: BATCH })));
    for (const answer of answers) {
      if (answer.status === 'rejected') {
        this.onProblem?.(answer.reason);
        continue;
      }
      for (const person of answer.value.items) this.names.set(person.id, person.name || person.id);
    }
    this.onChange();
  }

  /** The person's name, or the id itself when the service does not know it. */
  name(id) {
    return this.names.get(id) || id;
  }

  known(id) {
    return this.names.has(id);
  }
}

let directory = null;

/**
 * For a screen that needs everyone (the incident page: responders to pick, the actors of its history): the whole
 * directory, read once per page, by id. {available: false} when the caller may not read it.
 */
export function peopleDirectory(fresh = false) {
  if (fresh) directory = null;
  if (!directory) {
    directory = hasRole(...STAFF)
      ? getAll('/people')
        .then((items) => ({ available: true, responders: items.filter((p) => (p.roles || []).includes('responder')),
          byId: new Map(items.map((p) => [p.id, p])) }))
        .catch((problem) => ({ available: false, problem, responders: [], byId: new Map() }))
      : Promise.resolve({ available: false, responders: [], byId: new Map() });
  }
  return directory;
}

/** A person's name when the directory knows the id, else the id itself. */
export function personName(dir, id) {
  if (!id) return '';
  const person = dir?.byId?.get(id);
  return person?.name || id;
}

/** How a person is told apart in a picker: the name, the unit, and the e-mail (or, without one, the id). */
export function personLabel(person) {
  const unit = person.unitCode ? ` (${person.unitCode})` : '';
  const contact = person.email || (person.name && person.name !== person.id ? person.id : '');
  return `${person.name || person.id}${unit}${contact ? ` — ${contact}` : ''}`;
}
