import { render } from 'preact';
render(<p>Posting Coach</p>, document.getElementById('app')!);
