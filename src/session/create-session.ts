import type { Phase, Plan } from '../plan/phase.js';
import { type Clock, systemClock } from './clock.js';
import { createDispatcher, type ObserverFailure } from './observer-dispatcher.js';
import type { EndEvent, Session, SessionState } from './session.js';
import type { EndReason, Progress, SessionEvent } from './session-event.js';
import { nextStatus, type SessionCommand, type SessionStatus } from './session-states.js';

// The one module that owns time. Phase i starts at base + offset_i, where base
// is the start moment shifted by pauses, skips and backs; a single timer waits
// for the next deadline and, when it fires, every phase whose deadline has
// passed begins at its planned moment. A late event loop therefore delays a
// phase by its own lateness only: nothing accumulates.

/** Within this long of a step's start, "back" goes to the previous step. */
export const backGraceMs = 2000;

export interface SessionOptions {
  clock?: Clock;
  /** An observer threw and was detached: say so, in one line. */
  onObserverFailure?: ObserverFailure;
}

const warnOfFailure: ObserverFailure = (name, error) => {
  process.emitWarning(`${name} stopped following the session: ${String(error)}`);
};

export function createSession(plan: Plan, options: SessionOptions = {}): Session {
  const clock = options.clock ?? systemClock;
  const { phases } = plan;
  const observers = createDispatcher(options.onObserverFailure ?? warnOfFailure);
  let status: SessionStatus = 'idle';
  let index = 0;
  let startTime = 0;
  let base = 0;
  let pausedAt = 0;
  let pausedTotal = 0;
  let cancelTimer: (() => void) | undefined;
  const reached = new Set<number>();
  const groupsDone: string[] = [];
  let ended: EndEvent | undefined;
  let resolveDone: (event: EndEvent) => void = () => {};
  const done = new Promise<EndEvent>((resolve) => {
    resolveDone = resolve;
  });

  const phaseEnd = (i: number) => {
    const phase = phases[i];
    return phase ? phase.offset_ms + phase.duration_ms : plan.total_ms;
  };
  /** Groups that hurt this session: only imagined from then on. */
  const imagined = new Set<string>();
  /** Where x was pressed: each group (or phase outside one) is reported once. */
  const reported = new Set<string>();
  // One object per phase until the next mark, so a view can compare by identity.
  const presented = new Map<number, Phase>();
  const present = (phase: Phase): Phase => {
    if (!phase.group || !imagined.has(phase.group) || phase.mode === null) return phase;
    let shown = presented.get(phase.index);
    if (!shown) {
      // The plan carries how the announcement and tension read when imagined.
      shown = { ...phase, mode: 'imagery', ...(phase.imagined ?? {}) };
      presented.set(phase.index, shown);
    }
    return shown;
  };
  /** The moment the session's clock stands still at while paused. */
  const frozenNow = () => (status === 'paused' ? pausedAt : clock.now());

  const emit = (event: SessionEvent) => observers.dispatch(event);

  /** Moves to the state the table gives for a command; false when it does not apply. */
  function move(command: SessionCommand): boolean {
    const to = nextStatus(status, command);
    if (to === undefined) return false;
    status = to;
    return true;
  }

  const progress = (at: number): Progress => ({
    elapsed_ms: Math.max(0, at - startTime - pausedTotal),
    phases_done: reached.size,
    groups_done: [...groupsDone],
  });

  function enter(target: number, at: number): void {
    index = target;
    const phase = phases[target];
    if (!phase) return;
    reached.add(target);
    if (phase.kind === 'release' && phase.group && !groupsDone.includes(phase.group)) {
      groupsDone.push(phase.group);
    }
    emit({ type: 'phase', at_ms: at - startTime, phase: present(phase), progress: progress(at) });
  }

  function schedule(): void {
    cancelTimer?.();
    cancelTimer = undefined;
    if (status !== 'running') return;
    cancelTimer = clock.setTimer(tick, base + phaseEnd(index) - clock.now());
  }

  function tick(): void {
    cancelTimer = undefined;
    if (status !== 'running') return;
    const now = clock.now();
    while (base + phaseEnd(index) <= now) {
      if (index + 1 >= phases.length) {
        finish('completed', base + plan.total_ms);
        return;
      }
      enter(index + 1, base + (phases[index + 1]?.offset_ms ?? 0));
    }
    schedule();
  }

  /** Make phase `target` begin now (or, while paused, at the moment of resuming). */
  function jumpTo(target: number): void {
    base = frozenNow() - (phases[target]?.offset_ms ?? 0);
    enter(target, frozenNow());
    schedule();
  }

  function finish(reason: EndReason, at: number): void {
    const from = status;
    if (!move(reason === 'completed' ? 'finish' : 'stop')) return;
    cancelTimer?.();
    cancelTimer = undefined;
    // Stopped before it began: nothing ran, so no time passed either.
    if (from === 'idle') startTime = at;
    const event: EndEvent = {
      type: 'end',
      at_ms: at - startTime,
      completed: reason === 'completed',
      reason,
      // The end event is stamped with the real moment; time spent stops at a pause.
      ...progress(from === 'paused' ? pausedAt : at),
    };
    ended = event;
    emit(event);
    resolveDone(event);
  }

  function currentOffsetInPhase(): number {
    const phase = phases[index];
    if (!phase) return 0;
    return Math.min(phase.duration_ms, Math.max(0, frozenNow() - (base + phase.offset_ms)));
  }

  function backTarget(): number {
    const phase = phases[index];
    if (!phase) return 0;
    const into = currentOffsetInPhase();
    const firstOfStep = (step: number) => phases.findIndex((candidate) => candidate.step === step);
    if (phase.step !== null) {
      const first = firstOfStep(phase.step);
      const intoStep = phase.offset_ms - (phases[first]?.offset_ms ?? 0) + into;
      if (intoStep > backGraceMs) return first;
      if (phase.step > 0) return firstOfStep(phase.step - 1);
      return Math.max(0, first - 1);
    }
    if (into > backGraceMs || index === 0) return index;
    const previous = phases[index - 1];
    return previous && previous.step !== null ? firstOfStep(previous.step) : index - 1;
  }

  const session: Session = {
    plan,
    done,
    settled: observers.settled.then(() => done),
    start() {
      if (!move('start')) return;
      startTime = clock.now();
      base = startTime;
      emit({
        type: 'start',
        at_ms: 0,
        routine: plan.routine.name,
        title: plan.routine.title,
        total_ms: plan.total_ms,
        phases: phases.length,
        speech_wpm: plan.speech_wpm,
      });
      if (phases.length === 0) {
        finish('completed', startTime);
        return;
      }
      enter(0, startTime);
      schedule();
    },
    pause() {
      if (!move('pause')) return;
      pausedAt = clock.now();
      cancelTimer?.();
      cancelTimer = undefined;
      emit({ type: 'pause', at_ms: pausedAt - startTime, index });
    },
    resume() {
      if (!move('resume')) return;
      const now = clock.now();
      const paused = now - pausedAt;
      base += paused;
      pausedTotal += paused;
      emit({ type: 'resume', at_ms: now - startTime, index, paused_ms: paused });
      schedule();
    },
    togglePause() {
      if (status === 'running') session.pause();
      else if (status === 'paused') session.resume();
    },
    next() {
      if (!move('next')) return;
      const to = index + 1;
      emit({ type: 'skip', at_ms: frozenNow() - startTime, from: index, to });
      if (to >= phases.length) finish('completed', frozenNow());
      else jumpTo(to);
    },
    back() {
      if (!move('back')) return;
      const to = backTarget();
      emit({ type: 'back', at_ms: frozenNow() - startTime, from: index, to });
      jumpTo(to);
    },
    pain() {
      if (!move('pain')) return;
      const phase = phases[index];
      const group = phase?.group ?? null;
      // A second x for the same group (as on the way to "End here?") is not a second mark.
      const where = group ?? `phase ${index}`;
      if (!reported.has(where)) {
        reported.add(where);
        emit({ type: 'pain', at_ms: clock.now() - startTime, index, group });
      }
      if (group && !imagined.has(group)) {
        imagined.add(group);
        presented.clear();
      }
      // The tension ends at once: its release begins now.
      if (phase?.kind === 'tense') jumpTo(index + 1);
    },
    stop(reason) {
      finish(reason, clock.now());
    },
    state(): SessionState {
      const planned = phases[index];
      const phase = planned ? present(planned) : null;
      if (status === 'idle') {
        return {
          status,
          index: 0,
          phase,
          phaseElapsedMs: 0,
          phaseRemainingMs: phase?.duration_ms ?? 0,
          sessionRemainingMs: plan.total_ms,
          elapsedMs: 0,
        };
      }
      if (status === 'ended') {
        return {
          status,
          index,
          phase,
          phaseElapsedMs: phase?.duration_ms ?? 0,
          phaseRemainingMs: 0,
          sessionRemainingMs: 0,
          elapsedMs: ended?.elapsed_ms ?? 0,
        };
      }
      const into = currentOffsetInPhase();
      const remaining = (phase?.duration_ms ?? 0) - into;
      return {
        status,
        index,
        phase,
        phaseElapsedMs: into,
        phaseRemainingMs: remaining,
        sessionRemainingMs: remaining + (plan.total_ms - phaseEnd(index)),
        elapsedMs: Math.max(0, frozenNow() - startTime - pausedTotal),
      };
    },
    observe: (observer) => observers.add(observer),
  };
  return session;
}
