import type { LogDocument } from './logDocument';
import type { Analysis } from '../core/analyze';
import type { Problem } from '../core/model';
import type { ViewModel } from './viewModel';

/** One open log at one version: its analysis, its problems after severity settings, its view model. */
export interface DocumentState {
  readonly document: LogDocument;
  readonly analysis: Analysis;
  readonly problems: readonly Problem[];
  readonly view: () => ViewModel;
}
