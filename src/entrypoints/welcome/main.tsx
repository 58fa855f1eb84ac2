import { render } from 'preact';
import { WelcomeApp } from '../../ui/welcome/welcome-app';
import '../../ui/shared/base.css';
import './welcome.css';

render(<WelcomeApp />, document.getElementById('app')!);
