/**
 * Logistic regression over hashed sparse features, trained by stochastic gradient descent with
 * AdaGrad step sizes and L2 decay. Deterministic: a fixed seed fixes the visiting order, and
 * the arithmetic is plain double precision.
 */
import type { Example } from './encode.js';
import { permutation, seeded } from './random.js';

export interface TrainOptions {
  readonly dimensions: number;
  readonly epochs: number;
  readonly rate: number;
  readonly l2: number;
  readonly seed: number;
}

export interface Labelled {
  readonly example: Example;
  /** 1 for code, 0 for Cowork. */
  readonly target: 0 | 1;
  /** How much the item counts (balances the labels). */
  readonly weight: number;
}

export interface Linear {
  readonly bias: number;
  readonly weights: Float64Array;
}

export const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

/** The model's logit for one example. */
export function logitOf(model: { readonly bias: number; readonly weights: ArrayLike<number> }, example: Example): number {
  let sum = 0;
  for (const index of example.features) sum += model.weights[index] as number;
  return model.bias + sum * example.scale;
}

/**
 * Fits the weights.
 * @example trainLogistic(items, { dimensions: 1 << 18, epochs: 8, rate: 0.3, l2: 1e-6, seed: 8 })
 */
export function trainLogistic(items: readonly Labelled[], options: TrainOptions): Linear {
  const weights = new Float64Array(options.dimensions);
  const squares = new Float64Array(options.dimensions).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const random = seeded(options.seed);
  // The gradient of one example, accumulated per bucket so repeated features update once.
  const gradient = new Float64Array(options.dimensions);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const order = permutation(items.length, random);
    for (const position of order) {
      const item = items[position] as Labelled;
      const { features, scale } = item.example;
      const error = (sigmoid(logitOf({ bias, weights }, item.example)) - item.target) * item.weight;
      for (const index of features) gradient[index] = (gradient[index] as number) + error * scale;
      for (const index of features) {
        const step = gradient[index] as number;
        if (step === 0) continue;
        const total = step + options.l2 * (weights[index] as number);
        squares[index] = (squares[index] as number) + total * total;
        weights[index] = (weights[index] as number) - (options.rate * total) / Math.sqrt(squares[index] as number);
        gradient[index] = 0;
      }
      biasSquares += error * error;
      bias -= (options.rate * error) / Math.sqrt(biasSquares);
    }
  }
  return { bias, weights };
}
