import { render } from 'preact';
import { WelcomeApp } from '../../ui/welcome/welcome-app';
import { applyPageTokens } from '../../ui/shared/tokens';
import '../../ui/shared/base.css';
import './welcome.css';

applyPageTokens();
render(<WelcomeApp />, document.getElementById('app')!);
