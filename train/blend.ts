/**
 * The blend of the learned logit with the rule sides: a five-weight logistic regression fitted
 * by Newton's method on held-out learned logits (each item scored by a model that never saw its
 * source). Deterministic: no sampling at all.
 */
import type { Blend } from '../src/extract/learned/model.js';
import { blendLogit } from '../src/decide/learned.js';
import type { RuleView } from '../src/decide/learned.js';
import { sigmoid } from './logistic.js';

export interface BlendRow {
  readonly learned: number;
  readonly rules: RuleView;
  readonly target: 0 | 1;
  readonly weight: number;
}

const KEYS = ['bias', 'learned', 'code', 'cowork', 'codeWork'] as const;
const ITERATIONS = 12;
/** Ridge on every weight (the bias too), so a near-separable fold still has one answer. */
const L2 = 1e-3;

/**
 * The blend's inputs for one row, read off `blendLogit` itself so training and engine agree,
 * with the desktop-chore gate left open: the weights say how the model and the rules weigh
 * each other where both have their say. A chore the gate settles would otherwise drop out of
 * that question, and the few such rows would move the bias for every other text.
 */
function inputsOf(row: BlendRow): number[] {
  const zero: Blend = { bias: 0, learned: 0, code: 0, cowork: 0, codeWork: 0 };
  return KEYS.map((key) => blendLogit({ ...zero, [key]: 1 }, row.learned, { ...row.rules, desktop: 0 }));
}

/** Solves a small dense system by Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const a = matrix.map((row, index) => [...row, vector[index] as number]);
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) if (Math.abs((a[row] as number[])[column] as number) > Math.abs((a[pivot] as number[])[column] as number)) pivot = row;
    [a[column], a[pivot]] = [a[pivot] as number[], a[column] as number[]];
    const lead = a[column] as number[];
    for (let row = column + 1; row < size; row += 1) {
      const current = a[row] as number[];
      const factor = (current[column] as number) / (lead[column] as number);
      for (let k = column; k <= size; k += 1) current[k] = (current[k] as number) - factor * (lead[k] as number);
    }
  }
  const result = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    const current = a[row] as number[];
    let sum = current[size] as number;
    for (let k = row + 1; k < size; k += 1) sum -= (current[k] as number) * (result[k] as number);
    result[row] = sum / (current[row] as number);
  }
  return result;
}

/**
 * Fits the blend weights.
 * @example fitBlend([{ learned: 2, rules: { code: 1, cowork: 0, codeWork: true, desktop: 0 }, target: 1, weight: 1 }])
 */
export function fitBlend(rows: readonly BlendRow[]): Blend {
  const inputs = rows.map(inputsOf);
  const total = rows.reduce((sum, row) => sum + row.weight, 0);
  const loss = (weights: readonly number[]): number =>
    rows.reduce((sum, row, position) => {
      const z = (inputs[position] as number[]).reduce((acc, value, index) => acc + value * (weights[index] as number), 0);
      // log(1 + e^z) - target * z, computed without overflow.
      return sum + (row.weight / total) * (Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - row.target * z);
    }, 0) + (L2 / 2) * weights.reduce((sum, value) => sum + value * value, 0);
  let beta = [0, 1, 0, 0, 0];
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    const gradient = beta.map((value) => L2 * value);
    const hessian = beta.map((_, row) => beta.map((__, column) => (row === column ? L2 : 0)));
    rows.forEach((row, position) => {
      const x = inputs[position] as number[];
      const p = sigmoid(x.reduce((sum, value, index) => sum + value * (beta[index] as number), 0));
      const w = row.weight / total;
      for (let i = 0; i < x.length; i += 1) {
        gradient[i] = (gradient[i] as number) + w * (p - row.target) * (x[i] as number);
        const hi = hessian[i] as number[];
        for (let j = 0; j < x.length; j += 1) hi[j] = (hi[j] as number) + w * p * (1 - p) * (x[i] as number) * (x[j] as number);
      }
    });
    const step = solve(hessian, gradient);
    // Damped: halve the step until the loss goes down, so a near-separable fold cannot run away.
    const before = loss(beta);
    let scale = 1;
    let next = beta.map((value, index) => value - (step[index] as number));
    while (loss(next) > before && scale > 1e-4) {
      scale /= 2;
      next = beta.map((value, index) => value - scale * (step[index] as number));
    }
    beta = next;
  }
  const round = (value: number): number => Math.round(value * 1e6) / 1e6;
  const [bias, learned, code, cowork, codeWork] = beta.map(round) as [number, number, number, number, number];
  return { bias, learned, code, cowork, codeWork };
}
