import { render } from 'preact';
import { OptionsApp } from '../../ui/options/options-app';
import { applyPageTokens } from '../../ui/shared/tokens';
import '../../ui/shared/base.css';
import './options.css';

applyPageTokens();
render(<OptionsApp />, document.getElementById('app')!);
