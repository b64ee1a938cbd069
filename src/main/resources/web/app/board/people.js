// People by name (GET /people): the assignee ids a screen shows become names. One directory per screen: the
// responders are read once (they also fill the board's assignee filter), and an id still unknown is asked for once
// (q = the id, the exact id kept); a person the service has not seen yet is shown by id.
import { get, getAll } from '../core/api.js';

const MAX_Q = 100;

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
      .filter((id) => id !== 'me' && !this.names.has(id) && !this.asked.has(id) && id.length <= MAX_Q);
    if (!wanted.length) return;
    wanted.forEach((id) => this.asked.add(id));
    const answers = await Promise.allSettled(wanted.map((id) => get('/people', { q: id, limit: 50 })));
    answers.forEach((answer, index) => {
      if (answer.status === 'rejected') {
        this.onProblem?.(answer.reason);
        return;
      }
      const person = answer.value.items.find((one) => one.id === wanted[index]);
      if (person) this.names.set(person.id, person.name || person.id);
    });
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
