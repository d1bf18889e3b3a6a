import { describe, expect, it } from 'vitest';
import { bucketIndex, calibrationOf, highConfidenceBucket } from '../../eval/calibration.js';

describe('bucketIndex', () => {
  it.each([
    [0, 0],
    [0.49, 0],
    [0.5, 1],
    [0.69, 1],
    [0.7, 2],
    [0.79, 2],
    [0.8, 3],
    [0.899, 3],
    [0.9, 4],
    [1, 4],
    [-0.1, 0],
    [1.5, 4],
  ])('%s → bucket %i', (confidence, index) => {
    expect(bucketIndex(confidence)).toBe(index);
  });
});

describe('calibrationOf', () => {
  const asked = [{ id: 'question.schedule' }];
  const scored = [
    { correct: true, confidence: 0.95, questions: [] },
    { correct: true, confidence: 1, questions: [] },
    { correct: false, confidence: 0.9, questions: asked },
    { correct: true, confidence: 0.75, questions: [{ id: 'question.code-or-infra' }, ...asked] },
    { correct: false, confidence: 0.3, questions: [{ id: 'question.code-or-infra' }] },
    { correct: true, questions: asked },
  ];
  const calibration = calibrationOf(scored);

  it.each([
    { bucket: 0, items: 1, correct: 0, accuracy: 0 },
    { bucket: 1, items: 0, correct: 0, accuracy: null },
    { bucket: 2, items: 1, correct: 1, accuracy: 1 },
    { bucket: 3, items: 0, correct: 0, accuracy: null },
    { bucket: 4, items: 3, correct: 2, accuracy: 2 / 3 },
  ])('bucket $bucket holds $items items, $correct correct', ({ bucket, items, correct, accuracy }) => {
    expect(calibration.buckets[bucket]).toMatchObject({ items, correct, accuracy });
  });

  it('leaves items without a confidence out of the buckets', () => {
    expect(calibration.buckets.reduce((sum, bucket) => sum + bucket.items, 0)).toBe(5);
  });

  it('counts the items that got a question, their accuracy, and each id once per item', () => {
    expect(calibration.questions).toEqual({
      items: 4,
      correct: 2,
      accuracy: 0.5,
      byId: [
        { id: 'question.schedule', items: 3 },
        { id: 'question.code-or-infra', items: 2 },
      ],
    });
  });

  it('finds the high-confidence bucket', () => {
    expect(highConfidenceBucket(calibration)).toMatchObject({ min: 0.9, max: 1, items: 3 });
  });
});
