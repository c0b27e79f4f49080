// The Courses tile with the Rust side replaced by Tauri's mockIPC: a new learner, a
// lesson, a wrong quiz then a right one, the course complete, the certificate.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { mount, unmount } from 'svelte';
import Courses from './Courses.svelte';
import type { CourseManifest } from '../../bindings/CourseManifest';
import type { CourseProgress } from '../../bindings/CourseProgress';
import type { Learner } from '../../bindings/Learner';
import type { LessonView } from '../../bindings/LessonView';
import type { QuizResult } from '../../bindings/QuizResult';
import { setLocale } from '../../lib/i18n.svelte';
import { adopt } from '../../lib/session.svelte';

const text = (hi: string, en: string) => ({ hi, en });
const sunita: Learner = { id: 'l-1', name: 'सुनीता देवी', avatar: 'lotus' };
const manifest: CourseManifest = {
  id: 'money',
  version: 1,
  level: 'beginner',
  minutes: 30,
  title: text('पैसे का हिसाब', 'Money and bookkeeping'),
  description: text('रोज़ का हिसाब।', 'Daily accounts.'),
  lessons: [{ id: '01-cash', minutes: 10, title: text('कैश बुक', 'Cash book') }],
};
const lesson: LessonView = {
  course_id: 'money',
  entry: manifest.lessons[0],
  position: 0,
  count: 1,
  html_hi: '<h2>आया और गया</h2><p><a href="#scheme-pmjdy" data-scheme="pmjdy">जन धन</a></p>',
  html_en: '<h2>In and out</h2>',
  questions: [
    { id: 'q1', kind: 'single', prompt: text('बचा कितना?', 'What is left?'), options: [text('₹10 बचे', '₹10'), text('₹20 बचे', '₹20')] },
  ],
};
const result = (right: boolean): QuizResult => ({
  right: right ? 1 : 0,
  total: 1,
  score: right ? 100 : 0,
  passed: right,
  course_completed: right,
  questions: [{ question_id: 'q1', right, correct: [2], explanation: text('30 में से 10 गए।', '10 of 30 went.') }],
});

let mounted: ReturnType<typeof mount> | null = null;
const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

function start() {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  let completed: string | null = null;
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    const progress = (): CourseProgress => ({
      course_id: 'money',
      lessons: [{ lesson_id: '01-cash', read: true, attempts: 0, best_score: null, passed: completed !== null }],
      resume_lesson: null,
      completed_at: completed,
    });
    switch (cmd) {
      case 'learners':
        return [];
      case 'add_learner':
        return { ...sunita, name: args.name as string };
      case 'courses_list':
        return [{ ...manifest, lessons: 1 }];
      case 'course_progress':
        return progress();
      case 'course':
        return manifest;
      case 'lesson':
        return lesson;
      case 'open_lesson':
      case 'mark_lesson_read':
        return null;
      case 'learning_report':
        return {
          learners: [{ learner: sunita, lessons_passed: 5, courses_completed: 1, last_active: '2026-11-20T10:00:00Z' }],
          completions_by_week: Array.from({ length: 12 }, (_, i) => ({ week: `2026-09-${String(i + 1).padStart(2, '0')}`, completions: i === 11 ? 3 : 0 })),
        };
      case 'operators':
        return [{ id: 'op-1', name: 'Ravi', role: 'operator' }];
      case 'submit_quiz': {
        const right = (args.answers as number[][])[0][0] === 2;
        if (right) completed = '2026-11-25T10:00:00Z';
        return result(right);
      }
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  mounted = mount(Courses, { target: root, props: { onhome: () => {} } });
  return { root, calls };
}

afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  clearMocks();
  setLocale('hi');
});

describe('courses', () => {
  it('adds a learner, teaches a lesson, marks a quiz and gives a certificate', async () => {
    const { root, calls } = start();
    const name = byId(root, 'learner-name') as HTMLInputElement;
    name.value = 'सुनीता देवी';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    expect((byId(root, 'learner-add') as HTMLButtonElement).disabled).toBe(true);
    byId(root, 'avatar-lotus')?.click();
    await vi.waitFor(() => expect((byId(root, 'learner-add') as HTMLButtonElement).disabled).toBe(false));
    byId(root, 'learner-add')?.click();
    await vi.waitFor(() => expect(byId(root, 'courses-hello')?.textContent).toContain('सुनीता देवी'));
    expect(calls.find((c) => c.cmd === 'add_learner')?.args).toEqual({ name: 'सुनीता देवी', avatar: 'lotus' });

    await vi.waitFor(() => expect(byId(root, 'course-money')).not.toBeNull());
    byId(root, 'course-money')?.click();
    await vi.waitFor(() => expect(byId(root, 'course-continue')).not.toBeNull());
    byId(root, 'course-continue')?.click();
    await vi.waitFor(() => expect(byId(root, 'lesson-body')?.innerHTML).toContain('आया और गया'));
    expect(calls.some((c) => c.cmd === 'open_lesson')).toBe(true);

    byId(root, 'lesson-take-quiz')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-quiz')).not.toBeNull());
    expect(calls.some((c) => c.cmd === 'mark_lesson_read')).toBe(true);
    byId(root, 'quiz-check')?.click();
    await vi.waitFor(() => expect(byId(root, 'quiz-error')?.textContent).toContain('हर सवाल'));

    byId(root, 'quiz-option-1-1')?.click();
    byId(root, 'quiz-check')?.click();
    await vi.waitFor(() => expect(byId(root, 'quiz-feedback-1')?.textContent).toContain('30 में से 10 गए'));
    expect(byId(root, 'quiz-result')?.textContent).toContain('70%');
    byId(root, 'quiz-retry')?.click();
    await vi.waitFor(() => expect(byId(root, 'quiz-check')).not.toBeNull());
    byId(root, 'quiz-option-1-2')?.click();
    byId(root, 'quiz-check')?.click();
    await vi.waitFor(() => expect(byId(root, 'quiz-course-complete')).not.toBeNull());
    expect(calls.filter((c) => c.cmd === 'submit_quiz').map((c) => c.args.answers)).toEqual([[[1]], [[2]]]);

    byId(root, 'quiz-certificate')?.click();
    await vi.waitFor(() => expect(byId(root, 'certificate-name')?.textContent).toBe('सुनीता देवी'));
    expect(byId(root, 'certificate-course')?.textContent).toBe('पैसे का हिसाब');
    expect(byId(root, 'certificate-given')?.textContent).toContain('2026');
  });

  it('opens a scheme from a lesson link and comes back to the lesson', async () => {
    const { root } = start();
    const name = byId(root, 'learner-name') as HTMLInputElement;
    name.value = 'Ravi';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    byId(root, 'avatar-kite')?.click();
    await vi.waitFor(() => expect((byId(root, 'learner-add') as HTMLButtonElement).disabled).toBe(false));
    byId(root, 'learner-add')?.click();
    await vi.waitFor(() => expect(byId(root, 'course-money')).not.toBeNull());
    byId(root, 'course-money')?.click();
    await vi.waitFor(() => expect(byId(root, 'course-continue')).not.toBeNull());
    byId(root, 'course-continue')?.click();
    await vi.waitFor(() => expect(byId(root, 'lesson-body')).not.toBeNull());
    mockIPC((cmd) => (cmd === 'scheme' ? null : null));
    root.querySelector<HTMLAnchorElement>('a[data-scheme="pmjdy"]')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-scheme')).not.toBeNull());
    byId(root, 'scheme-back')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-lesson')).not.toBeNull());
  });

  it('asks for an operator before the report of learners', async () => {
    adopt({ operator: null, idle_lock_seconds: 600 });
    const { root } = start();
    byId(root, 'learning-report-open')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-sign-in')).not.toBeNull());
    expect(byId(root, 'report-learners')).toBeNull();
  });

  it('shows the operator a chart of completions per week and the learners', async () => {
    adopt({ operator: { id: 'op-1', name: 'Ravi', role: 'operator' }, idle_lock_seconds: 600 });
    const { root } = start();
    byId(root, 'learning-report-open')?.click();
    await vi.waitFor(() => expect(byId(root, 'report-chart')).not.toBeNull());
    expect(byId(root, 'report-chart')?.querySelectorAll('rect').length).toBe(12);
    expect(byId(root, 'report-chart')?.textContent).toContain('3');
    expect(byId(root, 'report-learners')?.textContent).toContain('सुनीता देवी');
    byId(root, 'report-back')?.click();
    await vi.waitFor(() => expect(byId(root, 'screen-learners')).not.toBeNull());
  });
});
