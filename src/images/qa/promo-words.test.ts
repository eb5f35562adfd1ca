import { describe, expect, it } from 'vitest';
import { promoWords } from './promo-words.js';

describe('promoWords', () => {
  it.each([
    ['FREE SHIPPING', ['free shipping']],
    ['BEST PRICE', ['best price']],
    ['SALE 50% OFF', ['50% off', 'sale']],
    ['NEW ARRIVAL', ['new arrival']],
    ['only $19.99', ['$19.99']],
    ['jetzt 19,99 €', ['19,99 €']],
    ['-30 %', ['30 %']],
    ['Limited offer', ['limited offer']],
    ['Satisfaction guaranteed', ['guaranteed']],
    ['Livraison gratuite', ['livraison gratuite']],
    ['ENVIO GRATIS', ['envío gratis']],
    ['Versandkostenfrei', ['versandkostenfrei']],
    ['Bestseller', ['bestseller']],
    // OCR drops or misreads the dollar sign.
    ['NOW 19.99', ['19.99']],
    ['S19.99', ['s19.99']],
  ])('finds promotional wording in "%s"', (text, expected) => {
    expect(promoWords(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    'saleor',
    'Step One',
    'ANGRY VIKING COFFEE',
    'New Balance',
    'gluten free',
    'best before 2027',
    'ideal for hiking',
    'offering',
    'wholesale',
    '100% cotton',
    'Model 2048',
    '500 ml',
    'f/2.8 lens',
    'since 1998',
    'Limited edition',
  ])('leaves branding and product wording alone: "%s"', (text) => {
    expect(promoWords(text)).toEqual([]);
  });
});
