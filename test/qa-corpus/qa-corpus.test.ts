// Measures the QA gate on the labelled corpus in its default arrangement. SHOTLIST_QA_CORPUS_SHIFT=k
// re-deals products, layouts and codecs among the defects (same strengths) for a run on another
// arrangement.
import { describeCorpus } from './suite.js';

describeCorpus('QA corpus', Number(process.env.SHOTLIST_QA_CORPUS_SHIFT ?? 0));
