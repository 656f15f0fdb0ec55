import {describe, expect, it} from 'vitest'
import {orderSections} from '../../src/starlight/order-sections.ts'

const pair = (source: number, target: number) => ({source, target, confidence: 1, relation: 'match' as const, reasons: []})

describe('orderSections', () => {
  it('places missing source sections after the counterpart of the section before them', () => {
    const rows = orderSections({pairs: [pair(0, 0), pair(1, 1), pair(2, 2)], unmatchedSource: [3, 4], unmatchedTarget: []}, 3)
    expect(rows).toEqual([{source: 0, target: 0}, {source: 1, target: 1}, {source: 2, target: 2}, {source: 3}, {source: 4}])
  })

  it('places a missing section before later ones and keeps extra sections where they are', () => {
    const rows = orderSections({pairs: [pair(0, 0), pair(2, 1), pair(3, 3)], unmatchedSource: [1], unmatchedTarget: [2]}, 4)
    expect(rows).toEqual([{source: 0, target: 0}, {source: 1}, {source: 2, target: 1}, {target: 2}, {source: 3, target: 3}])
  })

  it('puts a missing first section at the top', () => {
    expect(orderSections({pairs: [pair(1, 0)], unmatchedSource: [0], unmatchedTarget: []}, 1)).toEqual([{source: 0}, {source: 1, target: 0}])
  })
})
