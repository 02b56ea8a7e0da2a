import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import currencyCodes from 'currency-codes';
import { parse } from 'yaml';
import { extractionReport } from '../../../eval/metrics.mjs';
import { extractInvoice, parseAmount, readInvoice } from './invoice-extractor.js';

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

  it('reads Indian digit grouping and a currency code across a column’s padding', () => {
    expect(parseAmount('1,41,600.00')).toBe(141600);
    expect(
      extractInvoice('Receipt 12-88\nTOTALE EUR            7,70\nCONTANTI             10,00'),
    ).toMatchObject({ total: 7.7, currency: 'EUR' });
    expect(extractInvoice('Bill 7-1\nGrand Total     ₹1,41,600.00')).toMatchObject({
      total: 141600,
      currency: 'INR',
    });
  });

  it('takes neither cash tendered, change, tips nor deductions for the total', () => {
    const till = extractInvoice(
      'Receipt 3-114\nCoffee 4.50\nTotal £9.00\nCash £20.00\nChange £11.00\nTip £1.00',
    );
    expect(till).toMatchObject({ total: 9, currency: 'GBP' });
    expect(
      extractInvoice('Invoice 88\nWork $500.00\nDeposit received -$200.00\nBalance due $300.00')
        .total,
    ).toBe(300);
    expect(
      extractInvoice('Factuur 2025/9\nTotaal excl. btw € 100,00\nTotaal incl. btw € 121,00').total,
    ).toBe(121);
  });

  it('reads a number and a date under their table headers (a PDF pasted as text)', () => {
    const pdf = [
      'Acme Tools Ltd',
      'Invoice No        Date            Customer Ref',
      'AT-5531           09/10/2025      PO-118',
      'Total GBP 120.00',
    ].join('\n');
    expect(extractInvoice(pdf)).toMatchObject({
      invoiceNumber: 'AT-5531',
      invoiceDate: '2025-10-09',
    });
  });

  it('reads written dates in more languages and prefers the issue date to the others', () => {
    const dated = (text: string) => extractInvoice(`Invoice 12-34\n${text}\nTotal 10.00 EUR`);
    expect(dated('Fecha de emisión: 15 de julio de 2025').invoiceDate).toBe('2025-07-15');
    expect(dated('émise le 3 avril 2025, à régler avant le 3 mai 2025').invoiceDate).toBe(
      '2025-04-03',
    );
    expect(dated('Data: 14 listopada 2025').invoiceDate).toBe('2025-11-14');
    expect(dated('Dato: 3. marts 2025').invoiceDate).toBe('2025-03-03');
    expect(dated('Datum vystavení: 4. 11. 2025').invoiceDate).toBe('2025-11-04');
    expect(
      dated('Arrival 14.02.2025 Departure 17.02.2025\nDate of invoice: 17.02.2025').invoiceDate,
    ).toBe('2025-02-17');
    expect(dated('Date: Tue, 4 Nov 2025 09:12\nInvoice date: 31 October 2025').invoiceDate).toBe(
      '2025-10-31',
    );
  });

  it('finds vendors behind more labels and legal forms, and not in a sentence’s words', () => {
    expect(
      extractInvoice('As discussed, invoice 9-12 for 40.00 EUR.\nKind regards,\nPennine Stone Ltd')
        .vendor,
    ).toBe('Pennine Stone Ltd');
    expect(
      extractInvoice('Document: 40-22\nSeller: Cedar & Co Bookshop\nTotal: £9.00').vendor,
    ).toBe('Cedar & Co Bookshop');
    expect(
      extractInvoice('Número: 000.482\nPrestador: Estúdio Verde Ltda\nTotal R$ 10,00'),
    ).toMatchObject({ invoiceNumber: '000.482', vendor: 'Estúdio Verde Ltda' });
    expect(
      extractInvoice('From: Jane Doe <jane@fernhill.example>\nFernhill Joinery Ltd\nInvoice 5-1')
        .vendor,
    ).toBe('Fernhill Joinery Ltd');
  });

  it('is sure of a well-labelled invoice and doubts a guess', () => {
    const sure = readInvoice(
      'Invoice No: INV-1\nInvoice date: 2025-03-01\nSeller: Acme Tools Ltd\nSubtotal: EUR 100.00\nVAT: EUR 20.00\nTotal due: EUR 120.00',
    );
    expect(sure.confidence).toBeGreaterThanOrEqual(0.9);
    // an unlabelled id among several, amounts with no label: a person should look
    const guess = readInvoice('Thanks! 12.50 and 7.25 USD, 2025-04-01, AB-12 and CD-34');
    expect(guess.confidence).toBeLessThan(0.7);
    expect(guess.evidence.invoiceNumber?.how).toBe('unlabelled');
    // two totals as strongly labelled that disagree
    const rivals = readInvoice(
      'Invoice 5-5\nDate: 2025-01-02\nTotal: 100.00 EUR\nTotal: 90.00 EUR',
    );
    expect(rivals.evidence.total?.confidence).toBeLessThan(0.7);
    // the parts add up to the total: the arithmetic confirms it
    const adds = readInvoice(
      'Invoice 5-6\nDate: 2025-01-02\nItems 80.00 EUR\nFreight 20.00 EUR\nPay 100.00 EUR',
    );
    expect(adds.evidence.total?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the output contract’s currency list equal to ISO 4217 list one', () => {
    const yaml = parse(readFileSync(join(root, 'workflows/extraction.yaml'), 'utf8')) as {
      output: { schema: { properties: { currency: { enum: string[] } } } };
    };
    expect(yaml.output.schema.properties.currency.enum).toEqual(currencyCodes.codes());
  });
});
