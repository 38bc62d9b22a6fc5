import { diffInventories, transfersTo, unexplainedDecreases } from './inventory-diff';

const DC = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';

describe('diffInventories', () => {
  const previous = [
    { vendor: 'NVIDIA', model: 'H100', quantity: 100 },
    { vendor: 'NVIDIA', model: 'A100', quantity: 40 },
    { vendor: 'AMD', model: 'MI300X', quantity: 16 },
    { vendor: 'NVIDIA', model: 'L40S', quantity: 8 },
    { vendor: 'NVIDIA', model: 'B200', quantity: 4 },
  ];

  it('lists changed models only, with the reason the new inventory gives', () => {
    const changes = diffInventories(previous, [
      { vendor: 'nvidia', model: 'h100', quantity: 60 },
      { vendor: 'NVIDIA', model: 'H100', quantity: 0, reason: 'transferred', destinationCountry: 'DE' },
      { vendor: 'NVIDIA', model: 'A100', quantity: 40 },
      { vendor: 'AMD', model: 'MI300X', quantity: 0, reason: 'decommissioned' },
      { vendor: 'NVIDIA', model: 'B200', quantity: 2, reason: 'transferred', destinationDatacenterId: DC },
      { vendor: 'NVIDIA', model: 'GB200', quantity: 72 },
    ]);
    expect(changes).toEqual([
      { vendor: 'nvidia', model: 'h100', before: 100, after: 60, delta: -40, reason: 'transferred', destinationCountry: 'DE' },
      { vendor: 'AMD', model: 'MI300X', before: 16, after: 0, delta: -16, reason: 'decommissioned' },
      { vendor: 'NVIDIA', model: 'L40S', before: 8, after: 0, delta: -8 },
      { vendor: 'NVIDIA', model: 'B200', before: 4, after: 2, delta: -2, reason: 'transferred', destinationDatacenterId: DC },
      { vendor: 'NVIDIA', model: 'GB200', before: 0, after: 72, delta: 72 },
    ]);

    expect(unexplainedDecreases(changes)).toEqual([{ vendor: 'NVIDIA', model: 'L40S', before: 8, after: 0, delta: -8 }]);
    expect(transfersTo(changes).map((change) => change.model)).toEqual(['h100', 'B200']);
    expect(transfersTo(changes, { country: 'DE' }).map((change) => change.model)).toEqual(['h100']);
    expect(transfersTo(changes, { datacenterId: DC.toUpperCase() }).map((change) => change.model)).toEqual(['B200']);
  });

  it('finds nothing between equal inventories, however they are split into lines', () => {
    expect(
      diffInventories(
        previous,
        [...previous].reverse().flatMap((total) => [
          { ...total, quantity: total.quantity - 1 },
          { ...total, quantity: 1 },
        ]),
      ),
    ).toEqual([]);
  });

  it('sees a first inventory as all increases', () => {
    expect(diffInventories([], [{ vendor: 'NVIDIA', model: 'H100', quantity: 8 }])).toEqual([{ vendor: 'NVIDIA', model: 'H100', before: 0, after: 8, delta: 8 }]);
  });

  it('calls a decrease explained only by a reason, not by an increase elsewhere', () => {
    const changes = diffInventories(previous.slice(0, 1), [
      { vendor: 'NVIDIA', model: 'H100', quantity: 90 },
      { vendor: 'NVIDIA', model: 'H200', quantity: 10 },
    ]);
    expect(unexplainedDecreases(changes)).toEqual([{ vendor: 'NVIDIA', model: 'H100', before: 100, after: 90, delta: -10 }]);
  });
});
