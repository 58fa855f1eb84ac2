import { render } from 'preact';
import { OptionsApp } from '../../ui/options/options-app';
import '../../ui/shared/base.css';
import './options.css';

render(<OptionsApp />, document.getElementById('app')!);
