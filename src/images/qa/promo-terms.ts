/**
 * Promotional wording marketplaces forbid on a main image (Amazon, Google Shopping, eBay and
 * Zalando image rules: no sale or price claims, no shipping or guarantee promises, no "new" or
 * "bestseller" badges). A line inside the product reading one of these is an overlay unrelated to
 * the product's surface, not branding. Phrases are matched whole-word, case- and accent-blind, so
 * "sale" never matches "saleor" and "deal" never matches "ideal".
 *
 * Left out on purpose, because brands and packaging use them on their own: bare "new" (New
 * Balance, New Era), "free" ("gluten free"), "best" ("best before"), "only", "limited" ("limited
 * edition" is a product line); they count in the phrases below.
 */
export const PROMO_TERMS: Record<'en' | 'de' | 'fr' | 'es', readonly string[]> = {
  en: [
    'sale',
    'on sale',
    'clearance',
    'discount',
    'discounts',
    'discounted',
    'deal',
    'deals',
    'hot deal',
    'bargain',
    'coupon',
    'promo',
    'promo code',
    'promotion',
    'free shipping',
    'free delivery',
    'free returns',
    'free gift',
    'shipping',
    'best price',
    'best prices',
    'lowest price',
    'low price',
    'price',
    'prices',
    'best seller',
    'bestseller',
    'best-seller',
    'best selling',
    'top seller',
    'top rated',
    'new arrival',
    'new arrivals',
    'brand new',
    'all new',
    'new in',
    'just in',
    'limited offer',
    'limited time',
    'limited time offer',
    'special offer',
    'offer',
    'buy now',
    'shop now',
    'order now',
    'buy one get one',
    'bogo',
    'guarantee',
    'guaranteed',
    'money back',
    'cheap',
    'cheapest',
  ],
  de: [
    'angebot',
    'sonderangebot',
    'rabatt',
    'ausverkauf',
    'schlussverkauf',
    'reduziert',
    'versandkostenfrei',
    'kostenloser versand',
    'gratis versand',
    'bestpreis',
    'tiefpreis',
    'neuheit',
    'schnäppchen',
    'garantie',
  ],
  fr: [
    'soldes',
    'promo',
    'promotion',
    'remise',
    'réduction',
    'offre',
    'offre spéciale',
    'livraison gratuite',
    'meilleur prix',
    'prix',
    'nouveauté',
    'garantie',
  ],
  es: [
    'oferta',
    'ofertas',
    'rebajas',
    'descuento',
    'envío gratis',
    'mejor precio',
    'precio',
    'novedad',
    'garantía',
  ],
};

/**
 * Price tags and percentages: "$19.99", "19,99 €", "EUR 20", "50%", "-50 %", "30% off", "save 20".
 * A number with two decimals reads as a price (the sign is often lost to OCR). Other digits are
 * not promotional, nor is "100%" (model numbers, sizes and compositions print on products).
 */
export const PROMO_PATTERNS: readonly RegExp[] = [
  /[$€£¥]\s?\d+(?:[.,]\d{1,2})?/u,
  /\d+(?:[.,]\d{1,2})?\s?(?:[$€£¥]|(?:eur|usd|gbp)(?![\p{L}\p{N}]))/u,
  /(?<![\p{L}\p{N}])(?:eur|usd|gbp)\s?\d+/u,
  // 100% is a composition claim ("100% cotton", "100% arabica"), not a discount.
  /(?<![\p{N}.,])(?!100\s?%)\d{1,3}\s?%/u,
  /(?<![\p{L}\p{N}])\d+\s?%?\s?off(?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])save\s?\d+/u,
  // Cents: OCR often drops or misreads the currency sign ("$19.99" read as "19.99" or "S19.99").
  /(?<![\p{N}.,])[s$]?\d{1,4}[.,]\d{2}(?![\p{N}.,%])/u,
];
