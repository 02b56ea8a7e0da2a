import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import currencyCodes from 'currency-codes';
import { parse } from 'yaml';
import { extractionReport } from '../../../eval/metrics.mjs';
import { extractInvoice, parseAmount } from './invoice-extractor.js';

const root = join(import.meta.dirname, '../../..');

describe('extractInvoice', () => {
  it('reads at least 95 % of the fields of the labelled invoices', () => {
    const items = parse(
      readFileSync(join(root, 'eval/extraction/invoices.yaml'), 'utf8'),
    ) as Array<{
      text: string;
      expected: Record<string, unknown>;
    }>;
    expect(items.length).toBeGreaterThanOrEqual(40);
    const report = extractionReport(
      items.map((i) => ({ ...i, got: extractInvoice(i.text), status: 'completed', person: false })),
    );
    expect(report.fieldAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('parses amounts in both thousands conventions', () => {
    expect(parseAmount('1,234.56')).toBe(1234.56);
    expect(parseAmount('1.234,56')).toBe(1234.56);
    expect(parseAmount('12 450,00')).toBe(12450);
    expect(parseAmount("1'250.00")).toBe(1250);
    expect(parseAmount('48,000')).toBe(48000);
    expect(parseAmount('12,99')).toBe(12.99);
  });

  it('prefers the payable total over subtotal and tax, and a labelled number over a word', () => {
    expect(
      extractInvoice(
        'Invoice #INV-77 dated 3 March 2025. Subtotal 100.00 EUR, VAT 21.00 EUR, Amount due €121.00',
      ),
    ).toMatchObject({
      invoiceNumber: 'INV-77',
      invoiceDate: '2025-03-03',
      total: 121,
      currency: 'EUR',
    });
  });

  it('reads numbers labelled by No in its forms, names in any script and unlabelled names between separators', () => {
    expect(
      extractInvoice('Factura n° RX-77/2025, fecha 03/02/2025, total 410,00 EUR'),
    ).toMatchObject({
      invoiceNumber: 'RX-77/2025',
    });
    expect(extractInvoice('Nr. 5521-A | Café Ñandú | 2025-02-03 | Summe 18,40 EUR')).toMatchObject({
      invoiceNumber: '5521-A',
      vendor: 'Café Ñandú',
    });
    expect(
      extractInvoice('Rechnungsnummer: 88-12\nSeller: Ölgärtner Þór GmbH\nTotal 99,00 EUR'),
    ).toMatchObject({ invoiceNumber: '88-12', vendor: 'Ölgärtner Þór GmbH' });
    expect(
      extractInvoice('Receipt 3310 • 2025-03-01 • Harbour Lane Bakery • Total 12.40 GBP'),
    ).toMatchObject({ vendor: 'Harbour Lane Bakery' });
    // a buyer is not the vendor, and a field's label is not a name
    expect(
      extractInvoice('INVOICE\nBill to: Northern Lights Camping\nTotal Due: 40.00 EUR').vendor,
    ).toBeUndefined();
  });

  it('keeps the output contract’s currency list equal to ISO 4217 list one', () => {
    const yaml = parse(readFileSync(join(root, 'workflows/extraction.yaml'), 'utf8')) as {
      output: { schema: { properties: { currency: { enum: string[] } } } };
    };
    expect(yaml.output.schema.properties.currency.enum).toEqual(currencyCodes.codes());
  });
});
